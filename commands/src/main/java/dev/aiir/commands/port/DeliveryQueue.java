package dev.aiir.commands.port;

import dev.aiir.commands.delivery.Delivery;
import java.time.Instant;
import java.util.List;

/**
 * The queue of notices to send, across tenants: notices are queued inside a tenant's transaction
 * ({@link TenantStore#enqueue}) and sent from here. A claimed delivery is never claimed again
 * unless released by {@link #retryLater}, so a message is sent at most once even when the process
 * dies while sending. Times here are real time, never a drill's.
 */
public interface DeliveryQueue {

  /** Claims up to {@code limit} deliveries that are due by {@code now}, oldest first. */
  List<Delivery> claimDue(Instant now, int limit);

  void markSent(long id, Instant at);

  /** Releases the claim after a failed send; it is due again at {@code at}. */
  void retryLater(long id, Instant at, String problem);

  /** Deliveries claimed but never marked sent nor released: in flight when a process died. */
  int inFlight();
}
