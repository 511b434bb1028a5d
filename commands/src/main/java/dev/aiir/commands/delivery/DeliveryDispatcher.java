package dev.aiir.commands.delivery;

import dev.aiir.commands.model.Backoff;
import dev.aiir.commands.model.Delivery;
import dev.aiir.commands.port.ChatDeliveryException;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.DeliveryQueue;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued notices that are due: each is claimed before it is sent, so it goes out at most
 * once; a send that fails is retried with backoff until it succeeds, so none is dropped. Its clock
 * is real time even in a drill, since platforms rate-limit in real time.
 */
public final class DeliveryDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryDispatcher.class);
  static final int BATCH = 50;
  static final String STOPPED = "the bot stopped before sending it";

  private final DeliveryQueue queue;
  private final ChatPlatforms chat;
  private final Clock clock;
  private final Backoff backoff;
  private final LongAdder retries = new LongAdder();

  public DeliveryDispatcher(DeliveryQueue queue, ChatPlatforms chat, Clock clock, Backoff backoff) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.chat = Objects.requireNonNull(chat, "chat");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
  }

  /**
   * Sends everything due now; returns how many were sent. Interrupted (the process is stopping), it
   * stops sending and gives the rest of its claim back, due at once, for the next start to send:
   * claimed and never released, they would count as in flight and never be sent.
   */
  public int deliverDue() {
    int sent = 0;
    List<Delivery> batch;
    do {
      batch = queue.claimDue(clock.instant(), chat.platforms(), BATCH);
      for (Delivery delivery : batch) {
        if (Thread.currentThread().isInterrupted()) {
          queue.retryLater(delivery.id(), clock.instant(), STOPPED);
        } else if (send(delivery)) {
          queue.markSent(delivery.id(), clock.instant());
          sent++;
        }
      }
    } while (batch.size() == BATCH && !Thread.currentThread().isInterrupted());
    return sent;
  }

  /**
   * Logs the deliveries a dead process left in flight: they are not resent, to never send twice.
   */
  public void reportInFlight() {
    int inFlight = queue.inFlight();
    if (inFlight > 0) {
      LOG.warn(
          "{} message(s) were being sent when the bot last stopped; they are not sent again, as"
              + " the platform may have received them",
          inFlight);
    }
  }

  private boolean send(Delivery delivery) {
    try {
      ChatPlatform platform =
          chat.forPlatform(delivery.tenant().platform())
              .orElseThrow(
                  () ->
                      new ChatDeliveryException(
                          "no " + delivery.tenant().platform().key() + " connection is running"));
      switch (delivery.to().kind()) {
        case CHANNEL -> platform.post(delivery.tenant(), delivery.to().id(), delivery.message());
        case USER ->
            platform.directMessage(delivery.tenant(), delivery.to().id(), delivery.message());
      }
      return true;
    } catch (RuntimeException e) {
      retryLater(delivery, e);
      return false;
    }
  }

  /** How many sends failed and were put off for a retry since this process started. */
  public long retries() {
    return retries.sum();
  }

  private void retryLater(Delivery delivery, RuntimeException failure) {
    retries.increment();
    int failures = delivery.attempts() + 1;
    Duration planned = backoff.after(failures);
    Duration wait =
        failure instanceof ChatDeliveryException platform
            ? platform.retryAfter().filter(asked -> asked.compareTo(planned) > 0).orElse(planned)
            : planned;
    String problem = problem(failure);
    queue.retryLater(delivery.id(), clock.instant().plus(wait), problem);
    LOG.warn(
        "message {} to {} in {} not delivered ({}), failure {}; retrying in {}",
        delivery.id(),
        delivery.to(),
        delivery.tenant(),
        problem,
        failures,
        wait);
  }

  /** What went wrong, in words safe to keep: an adapter's own message, or the failure's kind. */
  private static String problem(RuntimeException failure) {
    return failure instanceof ChatDeliveryException && failure.getMessage() != null
        ? failure.getMessage()
        : failure.getClass().getSimpleName();
  }
}
