package dev.aiir.bot.discord;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import java.util.HashSet;
import java.util.Set;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

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

  /**
   * The interaction's context. Roles come from what Discord sent with it: for a server outside the
   * bot's cache (installed with the applications.commands scope only, or not loaded yet) JDA's
   * member is detached and cannot list its roles.
   */
  CommandContext of(GenericInteractionCreateEvent event) {
    Member member = event.getMember();
    boolean admin =
        member != null && member.isDetached()
            ? anyAdmin(sentRoleIds(event.getRawData()))
            : isAdmin(member);
    return new CommandContext(
        tenant(event.getGuild()), person(event.getUser(), member), event.getChannelId(), admin);
  }

  /** The person, named as the guild shows them (their nickname there, if any). */
  static UserRef person(User user, Member member) {
    String name = member != null ? member.getEffectiveName() : user.getEffectiveName();
    return new UserRef(user.getId(), name);
  }

  boolean isAdmin(Member member) {
    if (member == null) {
      return false;
    }
    if (member.isDetached()) {
      return false; // no roles to read: callers with the interaction use of(event)
    }
    return member.getRoles().stream().map(ISnowflake::getId).anyMatch(adminRoleIds::contains);
  }

  private boolean anyAdmin(Set<String> roleIds) {
    return roleIds.stream().anyMatch(adminRoleIds::contains);
  }

  /** The member's role ids in the interaction's payload (the gateway event, or its data). */
  static Set<String> sentRoleIds(DataObject raw) {
    Set<String> ids = new HashSet<>();
    if (raw == null) {
      return ids;
    }
    DataObject interaction = raw.hasKey("d") ? raw.getObject("d") : raw;
    DataArray roles =
        interaction.optObject("member").flatMap(m -> m.optArray("roles")).orElse(DataArray.empty());
    for (int i = 0; i < roles.length(); i++) {
      ids.add(roles.getString(i));
    }
    return ids;
  }
}
