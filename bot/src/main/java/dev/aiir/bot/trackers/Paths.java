package dev.aiir.bot.trackers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Path segments and query values, encoded. */
final class Paths {
  private Paths() {}

  /** One segment or query value: every reserved character encoded, {@code /} included. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
