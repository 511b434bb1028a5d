package dev.aiir.bot.slack;

import java.util.Locale;

/** Slack channel names: lower case, no spaces or periods, at most 80 characters. */
final class SlackChannelNames {
  static final int MAX_LENGTH = 80;

  private SlackChannelNames() {}

  /** The name to try on attempt {@code n}: the name itself, then with {@code -n} at the end. */
  static String candidate(String name, int attempt) {
    String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
    String suffix = attempt == 1 ? "" : "-" + attempt;
    if (base.length() + suffix.length() > MAX_LENGTH) {
      base = base.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "");
    }
    return base + suffix;
  }
}
