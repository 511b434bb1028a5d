package dev.aiir.bot.slack;

import java.math.BigDecimal;
import java.time.Instant;

/** Slack's message ids are their times: {@code 1773325900.000200} is seconds and microseconds. */
final class SlackTs {
  private SlackTs() {}

  static Instant toInstant(String ts) {
    BigDecimal value = new BigDecimal(ts);
    long seconds = value.longValue();
    long micros = value.subtract(BigDecimal.valueOf(seconds)).movePointRight(6).longValue();
    return Instant.ofEpochSecond(seconds, micros * 1_000);
  }
}
