package dev.aiir.commands.port;

import dev.aiir.commands.model.Notice;
import java.time.Instant;

/** A tenant's outgoing notices, queued inside its transaction and sent after it commits. */
public interface OutboxTable {
  /**
   * Queues a notice to be sent once this transaction commits, unless one with the same {@code
   * dedupeKey} was ever queued in this tenant: a reminder decided twice is sent once. Returns
   * whether it was queued.
   */
  boolean enqueue(String dedupeKey, Notice notice, Instant at);
}
