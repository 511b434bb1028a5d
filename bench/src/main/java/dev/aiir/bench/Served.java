package dev.aiir.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the bot says when it serves: how long after its process started, and how much CPU it had
 * used by then (all its threads: start-up, JIT and GC). On a busy machine the CPU moves far less
 * than the time, so it tells whether a change made the start-up cheaper. NaN from builds before
 * 2026-12-06, which did not say.
 */
record Served(double millis, double cpuMillis) {
  private static final Pattern SERVING =
      Pattern.compile(
          "serving on port \\d+, (\\d+) ms after the process started \\((\\d+) ms of CPU");

  static Served from(String log) {
    Matcher serving = SERVING.matcher(log);
    return serving.find()
        ? new Served(Double.parseDouble(serving.group(1)), Double.parseDouble(serving.group(2)))
        : new Served(Double.NaN, Double.NaN);
  }
}
