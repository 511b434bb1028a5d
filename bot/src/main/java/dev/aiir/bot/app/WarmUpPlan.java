package dev.aiir.bot.app;

import dev.aiir.bot.config.EnvironmentVariables;
import java.time.Duration;
import java.util.Map;

/**
 * How many Slack commands the server sends itself over loopback right after its port opens, to have
 * the JIT compile the command path before people use it (see {@link WarmUp}); none for tests.
 */
public record WarmUpPlan(int requests, Duration after) {
  /** No warm-up: for tests and in-process benchmarks, which start many servers. */
  public static final WarmUpPlan NONE = new WarmUpPlan(0);

  /** What {@code serve} does. */
  public static final WarmUpPlan STANDARD = new WarmUpPlan(WarmUp.REQUESTS, WarmUp.AFTER_OPENING);

  /** {@code requests} sent as soon as the port opens. */
  public WarmUpPlan(int requests) {
    this(requests, Duration.ZERO);
  }

  static final String VARIABLE = "AIIR_WARM_UP";

  /**
   * What {@code env} asks for: unset or {@code on}, the standard warm-up; {@code off}, none (it
   * costs about 65 MiB of resident memory at start); anything else is the operator's mistake.
   */
  public static WarmUpPlan fromEnvironment(Map<String, String> env) {
    return EnvironmentVariables.saysOtherThan(env, VARIABLE, "on", "off") ? NONE : STANDARD;
  }

  public WarmUpPlan {
    if (requests < 0) {
      throw new IllegalArgumentException("a warm-up of " + requests + " requests");
    }
    if (after.isNegative()) {
      throw new IllegalArgumentException("a warm-up " + after + " after the port opens");
    }
  }
}
