package dev.aiir.commands.testing;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.ExportJob;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.PublishedPage;
import dev.aiir.commands.model.TrackedIssue;
import dev.aiir.commands.port.ExportQueue.IssueOwner;
import dev.aiir.commands.port.ExportTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The exports' rows in memory: issues and pages, copied with each transaction as the rest of the
 * in-memory store is, and the export outbox, whose rows are shared as a database's would be.
 */
final class InMemoryExports {
  private final List<Issue> issues = new ArrayList<>();
  private final List<Page> pages = new ArrayList<>();
  private final List<Job> jobs;

  InMemoryExports() {
    this(new ArrayList<>());
  }

  private InMemoryExports(List<Job> jobs) {
    this.jobs = jobs;
  }

  InMemoryExports copy() {
    InMemoryExports copy = new InMemoryExports(jobs);
    copy.issues.addAll(issues);
    copy.pages.addAll(pages);
    return copy;
  }

  private record Issue(Tenant tenant, IncidentId incident, TrackedIssue issue) {}

  private record Page(Tenant tenant, IncidentId incident, PublishedPage page) {}

  /** One row of the export outbox. */
  static final class Job {
    final long id;
    final Tenant tenant;
    final IncidentId incident;
    final ExportTarget target;
    final int item;
    final boolean automatic;
    final UserRef by;
    Instant nextAttemptAt;
    Instant claimedAt;
    Instant doneAt;
    int attempts;
    String outcome;
    String problem;

    Job(
        long id,
        Tenant tenant,
        IncidentId incident,
        ExportTarget target,
        int item,
        boolean automatic,
        UserRef by,
        Instant notBefore) {
      this.id = id;
      this.tenant = tenant;
      this.incident = incident;
      this.target = target;
      this.item = item;
      this.automatic = automatic;
      this.by = by;
      this.nextAttemptAt = notBefore;
    }

    ExportJob claimed(Instant now) {
      claimedAt = now;
      return new ExportJob(id, tenant, incident, target, item, automatic, by, attempts);
    }
  }

  ExportTable table(Tenant tenant, Consumer<IncidentId> requireIncident) {
    return new ExportTable() {
      @Override
      public long enqueue(
          IncidentId id,
          ExportTarget target,
          int item,
          boolean automatic,
          UserRef requestedBy,
          Instant at,
          Instant notBefore) {
        requireIncident.accept(id);
        synchronized (jobs) {
          Optional<Job> pending =
              jobs.stream()
                  .filter(j -> j.doneAt == null && j.tenant.equals(tenant))
                  .filter(j -> j.incident.equals(id) && j.target == target && j.item == item)
                  .findFirst();
          if (pending.isPresent()) {
            return pending.get().id;
          }
          Job job =
              new Job(jobs.size() + 1, tenant, id, target, item, automatic, requestedBy, notBefore);
          jobs.add(job);
          return job.id;
        }
      }

      @Override
      public List<TrackedIssue> issues(IncidentId id) {
        return issues.stream()
            .filter(i -> i.tenant().equals(tenant) && i.incident().equals(id))
            .map(Issue::issue)
            .sorted(Comparator.comparingInt(TrackedIssue::item).thenComparing(TrackedIssue::target))
            .toList();
      }

      @Override
      public void saveIssue(IncidentId id, TrackedIssue issue) {
        requireIncident.accept(id);
        issues.removeIf(
            i ->
                i.tenant().equals(tenant)
                    && i.incident().equals(id)
                    && i.issue().item() == issue.item()
                    && i.issue().target() == issue.target());
        issues.add(new Issue(tenant, id, issue));
      }

      @Override
      public List<PublishedPage> pages(IncidentId id) {
        return pages.stream()
            .filter(p -> p.tenant().equals(tenant) && p.incident().equals(id))
            .map(Page::page)
            .toList();
      }

      @Override
      public void savePage(IncidentId id, PublishedPage page) {
        requireIncident.accept(id);
        pages.removeIf(
            p ->
                p.tenant().equals(tenant)
                    && p.incident().equals(id)
                    && p.page().target() == page.target());
        pages.add(new Page(tenant, id, page));
      }
    };
  }

  List<ExportJob> claimDue(Instant now, Instant staleBefore, Set<Platform> platforms, int limit) {
    synchronized (jobs) {
      List<ExportJob> claimed = new ArrayList<>();
      for (Job job : jobs) {
        if (claimed.size() < limit
            && job.doneAt == null
            && platforms.contains(job.tenant.platform())
            && (job.claimedAt == null || job.claimedAt.isBefore(staleBefore))
            && (job.nextAttemptAt == null || !job.nextAttemptAt.isAfter(now))) {
          claimed.add(job.claimed(now));
        }
      }
      return claimed;
    }
  }

  Optional<ExportJob> claim(long id, Instant now) {
    synchronized (jobs) {
      return jobs.stream()
          .filter(j -> j.id == id && j.doneAt == null && j.claimedAt == null)
          .findFirst()
          .map(j -> j.claimed(now));
    }
  }

  void done(long id, Instant at, String outcome) {
    synchronized (jobs) {
      Job job = job(id);
      job.doneAt = at;
      job.outcome = outcome;
    }
  }

  void retryLater(long id, Instant at, String problem) {
    synchronized (jobs) {
      Job job = job(id);
      if (job.doneAt == null) {
        job.claimedAt = null;
        job.attempts++;
        job.nextAttemptAt = at;
        job.problem = problem;
      }
    }
  }

  void abandon(long id, Instant at, String problem) {
    synchronized (jobs) {
      Job job = job(id);
      job.doneAt = at;
      job.outcome = "abandoned";
      job.problem = problem;
    }
  }

  Optional<IssueOwner> ownerOf(ExportTarget target, String key) {
    return issues.stream()
        .filter(i -> i.issue().target() == target && i.issue().key().equals(key))
        .findFirst()
        .map(i -> new IssueOwner(i.tenant(), i.incident(), i.issue().item()));
  }

  /** Every job ever queued, as rows: {@code id target item automatic attempts outcome}. */
  List<String> jobs() {
    synchronized (jobs) {
      return jobs.stream()
          .map(
              j ->
                  j.id
                      + " "
                      + j.target.key()
                      + " "
                      + j.item
                      + (j.automatic ? " auto" : " asked")
                      + " attempts="
                      + j.attempts
                      + " "
                      + (j.doneAt == null
                          ? (j.claimedAt == null ? "pending" : "claimed")
                          : j.outcome))
          .toList();
    }
  }

  private Job job(long id) {
    return jobs.stream().filter(j -> j.id == id).findFirst().orElseThrow();
  }
}
