package dev.aiir.commands.port;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.PublishedPage;
import dev.aiir.commands.model.TrackedIssue;
import java.time.Instant;
import java.util.List;

/**
 * A tenant's exports inside its transaction: the export outbox (what is to be exported), the action
 * items' issues in trackers and the PIR's pages in wikis.
 */
public interface ExportTable {
  /**
   * Queues the export of action item {@code item} (or the PIR, {@code ExportJob.PIR}) to {@code
   * target}, due at {@code notBefore}, once this transaction commits; when one of the same is still
   * pending, nothing is added. Returns the pending job's id either way.
   */
  long enqueue(
      IncidentId id,
      ExportTarget target,
      int item,
      boolean automatic,
      UserRef requestedBy,
      Instant at,
      Instant notBefore);

  /** The incident's action items' issues, by item number then target. */
  List<TrackedIssue> issues(IncidentId id);

  /** Saves an issue found or created for an action item, or its new state. */
  void saveIssue(IncidentId id, TrackedIssue issue);

  /** The pages the incident's PIR was published to. */
  List<PublishedPage> pages(IncidentId id);

  /** Saves where the PIR was published, or its new version. */
  void savePage(IncidentId id, PublishedPage page);
}
