package dev.aiir.bot.discord;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether an interaction was acknowledged yet (answered, deferred or given a form), and when it
 * arrived. Discord takes exactly one first response, so the answer and the deferral timer race for
 * it and only the winner sends.
 */
final class Acknowledgement {
  private final AtomicBoolean sent = new AtomicBoolean();
  final long received = System.nanoTime();

  /** True for the one caller that sends the acknowledgement. */
  boolean claim() {
    return sent.compareAndSet(false, true);
  }
}
