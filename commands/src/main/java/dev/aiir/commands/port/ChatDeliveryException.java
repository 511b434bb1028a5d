package dev.aiir.commands.port;

import java.time.Duration;
import java.util.Optional;

/**
 * A platform could not take a message now (down, rate limited): the sender retries later, after
 * {@link #retryAfter()} when the platform said how long to wait.
 */
public class ChatDeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Duration retryAfter;

  public ChatDeliveryException(String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  public ChatDeliveryException(String message) {
    this(message, null, null);
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
