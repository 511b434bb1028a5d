package dev.aiir.bot.config;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to reach Slack: the bot token, the app-level token (Socket Mode), the signing secret (HTTP
 * mode), an optional Web API base URL and the incident admins (user ids and an optional user
 * group). Secrets are held but never printed.
 */
public record SlackSettings(
    String botToken,
    Optional<String> appToken,
    Optional<String> signingSecret,
    Optional<String> apiUrl,
    Set<String> admins,
    Optional<String> adminGroup) {

  public SlackSettings {
    Objects.requireNonNull(botToken, "botToken");
    admins = Set.copyOf(admins);
  }

  /** Socket Mode when an app-level token is set: no public URL needed. */
  public boolean socketMode() {
    return appToken.isPresent();
  }

  @Override
  public String toString() {
    return "slack["
        + (socketMode() ? "socket mode" : "http")
        + ", api="
        + apiUrl.orElse("default")
        + ", admins="
        + admins.size()
        + adminGroup.map(g -> ", admin group " + g).orElse("")
        + "]";
  }
}
