package dev.aiir.bot.discord;

import java.util.Locale;

/** Discord text-channel names: lower case, no spaces, at most 100 characters. */
final class ChannelNames {
  static final int MAX = 100;

  private ChannelNames() {}

  static String of(String wanted) {
    String name =
        wanted
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}_-]+", "-")
            .replaceAll("-{2,}", "-")
            .replaceAll("(^-+|-+$)", "");
    if (name.length() > MAX) {
      name = name.substring(0, MAX).replaceAll("-+$", "");
    }
    return name.isEmpty() ? "incident" : name;
  }
}
