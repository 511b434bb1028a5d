package dev.aiir.bot.slack;

import java.time.Duration;

/** Waits; injected so that tests wait out a rate limit without sleeping. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
