package dev.aiir.bot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import dev.aiir.commands.chat.CommandContext;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import java.util.Set;

/**
 * Who is acting, where: each workspace ({@code team_id}) is its own tenant, and the configured
 * admin user ids ({@code AIIR_SLACK_ADMINS}) are incident admins in every workspace.
 */
final class SlackContexts {
  private final Set<String> admins;

  SlackContexts(Set<String> admins) {
    this.admins = Set.copyOf(admins);
  }

  CommandContext forCommand(SlashCommandPayload payload) {
    String team = payload.getTeamId() != null ? payload.getTeamId() : payload.getEnterpriseId();
    return context(
        team, new UserRef(payload.getUserId(), payload.getUserName()), payload.getChannelId());
  }

  CommandContext context(String teamId, UserRef user, String channelId) {
    return new CommandContext(tenant(teamId), user, channelId, admins.contains(user.id()));
  }

  static Tenant tenant(String teamId) {
    return new Tenant(Platform.SLACK, teamId);
  }
}
