package dev.aiir.commands.port;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.model.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The queue of notices to send, across tenants: notices are queued inside a tenant's transaction
 * ({@link TenantStore#enqueue}) and sent from here. A claimed delivery is never claimed again
 * unless released by {@link #retryLater}, so a message is sent at most once even when the process
 * dies while sending. Times here are real time, never a drill's.
 */
public interface DeliveryQueue {

  /**
   * Claims up to {@code limit} deliveries to tenants of {@code platforms} that are due by {@code
   * now}, oldest first. A process claims only what it can send: another process serving another
   * platform sends the rest.
   */
  List<Delivery> claimDue(Instant now, Set<Platform> platforms, int limit);

  void markSent(long id, Instant at);

  /** Releases the claim after a failed send; it is due again at {@code at}. */
  void retryLater(long id, Instant at, String problem);

  /** Deliveries claimed but never marked sent nor released: in flight when a process died. */
  int inFlight();
}
