package dev.aiir.bench;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot's reconciliation of its timers, as its log tells it: how long it took, how many timers
 * the store expected and how many the scheduler held afterwards. Builds before 2026-12-06 logged no
 * duration: for them it is the time from "Store open" to "timers running".
 */
record Reconciled(double millis, int expected, int scheduled) {
  private static final Pattern TIMED =
      Pattern.compile(
          "timers reconciled in (\\d+) ms: (\\d+) expected by the store, (\\d+) held by the"
              + " scheduler");
  private static final Pattern STORE_OPEN = Pattern.compile("(\\S+) INFO .*Store open");
  private static final Pattern RUNNING =
      Pattern.compile(
          "(\\S+) INFO .*timers running: (\\d+) expected by the store, (\\d+) scheduled");

  /** Waits up to {@code bound} (from the launch) for the bot to log its reconciliation. */
  static Reconciled await(BotProcess bot, Duration bound) throws IOException, InterruptedException {
    while (bot.elapsedMillis() < bound.toMillis()) {
      String log = bot.log();
      Matcher timed = TIMED.matcher(log);
      if (timed.find()) {
        return new Reconciled(
            Integer.parseInt(timed.group(1)),
            Integer.parseInt(timed.group(2)),
            Integer.parseInt(timed.group(3)));
      }
      Matcher open = STORE_OPEN.matcher(log);
      Matcher running = RUNNING.matcher(log);
      if (open.find() && running.find()) {
        double millis =
            Duration.between(Instant.parse(open.group(1)), Instant.parse(running.group(1)))
                .toMillis();
        return new Reconciled(
            millis, Integer.parseInt(running.group(2)), Integer.parseInt(running.group(3)));
      }
      if (!bot.isAlive()) {
        break;
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("the bot logged no reconciliation within " + bound);
  }
}
