package dev.aiir.commands.port;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.ExportJob;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.IncidentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The export outbox across tenants. A job is claimed before it runs, so one process runs it at a
 * time; unlike a chat message, a claim left by a process that died is taken again once it is older
 * than a lease, since running an export twice is safe (it finds what the first run created). Times
 * here are real time, never a drill's.
 */
public interface ExportQueue {

  /**
   * Claims up to {@code limit} jobs of tenants of {@code platforms} that are due by {@code now} and
   * unclaimed, or claimed before {@code staleBefore}; oldest first.
   */
  List<ExportJob> claimDue(Instant now, Instant staleBefore, Set<Platform> platforms, int limit);

  /** Claims one job by its id, when it is pending and unclaimed: a person waits for it. */
  Optional<ExportJob> claim(long id, Instant now);

  /** The job is done ({@code outcome} says how, such as {@code created OPS-12}). */
  void done(long id, Instant at, String outcome);

  /** Releases the claim after a failed try; it is due again at {@code at}. */
  void retryLater(long id, Instant at, String problem);

  /** The job is given up (a person was told why and may ask again). */
  void abandon(long id, Instant at, String problem);

  /** Which action item an issue of a tracker belongs to, in whichever tenant. */
  Optional<IssueOwner> ownerOf(ExportTarget target, String key);

  /** An action item, found by its issue in a tracker. */
  record IssueOwner(Tenant tenant, IncidentId incident, int item) {}
}
