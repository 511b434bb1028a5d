package dev.aiir.bot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;

/**
 * Who is acting, where: each workspace ({@code team_id}) is its own tenant, and the configured
 * admins ({@link SlackAdmins}: user ids and an optional user group) are incident admins.
 */
final class SlackContexts {
  private final SlackAdmins admins;

  SlackContexts(SlackAdmins admins) {
    this.admins = admins;
  }

  CommandContext forCommand(SlashCommandPayload payload) {
    return context(
        workspace(payload.getTeamId(), payload.getEnterpriseId()),
        new UserRef(payload.getUserId(), payload.getUserName()),
        payload.getChannelId());
  }

  /** The tenant's id: the workspace, or the Enterprise Grid organization when no workspace came. */
  static String workspace(String teamId, String enterpriseId) {
    return teamId != null ? teamId : enterpriseId;
  }

  CommandContext context(String teamId, UserRef user, String channelId) {
    Tenant tenant = tenant(teamId);
    return new CommandContext(tenant, user, channelId, admins.isAdmin(tenant, user.id()));
  }

  static Tenant tenant(String teamId) {
    return new Tenant(Platform.SLACK, teamId);
  }
}
