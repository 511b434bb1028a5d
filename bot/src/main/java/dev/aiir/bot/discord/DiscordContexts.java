package dev.aiir.bot.discord;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import java.util.Set;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;

/**
 * Who did something where, in the core's terms: each guild is its own tenant, and a member holding
 * one of the configured admin roles is an incident admin.
 */
final class DiscordContexts {
  private final Set<String> adminRoleIds;

  DiscordContexts(Set<String> adminRoleIds) {
    this.adminRoleIds = Set.copyOf(adminRoleIds);
  }

  static Tenant tenant(Guild guild) {
    return new Tenant(Platform.DISCORD, guild.getId());
  }

  CommandContext of(Guild guild, User user, Member member, String channelId) {
    return new CommandContext(tenant(guild), person(user, member), channelId, isAdmin(member));
  }

  /** The person, named as the guild shows them (their nickname there, if any). */
  static UserRef person(User user, Member member) {
    String name = member != null ? member.getEffectiveName() : user.getEffectiveName();
    return new UserRef(user.getId(), name);
  }

  boolean isAdmin(Member member) {
    return member != null
        && member.getRoles().stream().map(ISnowflake::getId).anyMatch(adminRoleIds::contains);
  }
}
