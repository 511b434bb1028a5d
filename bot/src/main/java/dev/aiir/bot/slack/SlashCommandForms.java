package dev.aiir.bot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a slash command's form once, into the payload Bolt's parser would make of it: a form with a
 * {@code command} field and no {@code payload} field, every field name plain (lower-case letters,
 * digits and underscores, as Slack sends them), each value decoded as Bolt does and kept only when
 * Bolt would keep it (not empty, no bare {@code =}). Bolt's parser reads a slash command three
 * times over (its two detectors and the payload's own parser each split the form and compile a
 * pattern for every field): two thirds of what a command allocated. A form this does not read still
 * goes to Bolt's parser.
 */
final class SlashCommandForms {
  private SlashCommandForms() {}

  /** The slash command in {@code body}, or empty when Bolt's parser should read it. */
  static Optional<SlashCommandPayload> read(String body) {
    if (body == null || body.isEmpty()) {
      return Optional.empty();
    }
    SlashCommandPayload payload = new SlashCommandPayload();
    for (int start = 0; start <= body.length(); ) {
      int end = body.indexOf('&', start);
      end = end < 0 ? body.length() : end;
      int equals = body.indexOf('=', start);
      boolean valued = equals >= 0 && equals < end;
      String name = body.substring(start, valued ? equals : end);
      if (!plain(name) || name.equals("payload")) {
        return Optional.empty();
      }
      String value = valued ? body.substring(equals + 1, end) : "";
      // Bolt keeps a field only when it splits into exactly a name and a value.
      if (!value.isEmpty() && value.indexOf('=') < 0) {
        try {
          set(payload, name, URLDecoder.decode(value, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
          return Optional.empty();
        }
      }
      start = end + 1;
    }
    return payload.getCommand() == null ? Optional.empty() : Optional.of(payload);
  }

  private static boolean plain(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return !name.isEmpty();
  }

  private static void set(SlashCommandPayload payload, String name, String value) {
    switch (name) {
      case "token" -> payload.setToken(value);
      case "team_id" -> payload.setTeamId(value);
      case "team_domain" -> payload.setTeamDomain(value);
      case "enterprise_id" -> payload.setEnterpriseId(value);
      case "enterprise_name" -> payload.setEnterpriseName(value);
      case "api_app_id" -> payload.setApiAppId(value);
      case "channel_id" -> payload.setChannelId(value);
      case "channel_name" -> payload.setChannelName(value);
      case "user_id" -> payload.setUserId(value);
      case "user_name" -> payload.setUserName(value);
      case "command" -> payload.setCommand(value);
      case "text" -> payload.setText(value);
      case "response_url" -> payload.setResponseUrl(value);
      case "trigger_id" -> payload.setTriggerId(value);
      case "is_enterprise_install" -> payload.setEnterpriseInstall("true".equals(value));
      default -> {}
    }
  }
}
