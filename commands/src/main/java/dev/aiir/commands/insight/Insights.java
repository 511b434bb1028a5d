package dev.aiir.commands.insight;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.RecoveryChecklist;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.pir.HistoryDigest;
import dev.aiir.commands.pir.PirDrafter;
import dev.aiir.commands.pir.PirRenderer;
import dev.aiir.commands.port.IncidentFacts;
import dev.aiir.commands.port.IncidentFile;
import dev.aiir.commands.port.InsightQueries;
import dev.aiir.commands.port.ReportFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the incidents add up to, for the report command, the CLI, the page and the digest. It only
 * reads: nothing here writes to the store or reaches a chat platform.
 */
public final class Insights {
  private final Core core;

  public Insights(Core core) {
    this.core = core;
  }

  /** The report of the incidents {@code filter} admits, as of now. */
  public InsightReport report(ReportFilter filter) {
    InsightQueries queries = core.store().insights();
    ReportBuilder builder = new ReportBuilder(filter, zone(), core.now());
    queries.incidents(filter, builder);
    return builder.build(queries.openActions(filter));
  }

  /** One incident as the page shows it; empty when the tenant has none of that id. */
  public Optional<IncidentView> incident(Tenant tenant, IncidentId id) {
    return core.store().insights().incident(tenant, id).map(this::view);
  }

  /** The workspaces that have incidents, for the page's choice of one. */
  public List<Tenant> tenants() {
    return core.store().tenants();
  }

  /**
   * The {@code count} whole weeks before the one {@code now} falls in, oldest first, for {@code
   * tenant}: what the weekly digest compares.
   */
  public List<WeekRow> lastWeeks(Tenant tenant, Instant now, int count) {
    LocalDate thisWeek = Weeks.mondayOf(now, zone());
    Instant since = thisWeek.minusWeeks(count).atStartOfDay(zone()).toInstant();
    Instant until = thisWeek.atStartOfDay(zone()).toInstant();
    InsightReport report = report(ReportFilter.between(since, until).forTenant(tenant));
    return report.weeks();
  }

  public ZoneId zone() {
    return core.settings().teamZone();
  }

  public Instant now() {
    return core.now();
  }

  /** The page's address for one workspace's incidents, when a public URL is configured. */
  public Optional<String> pageFor(Tenant tenant) {
    return core.settings().insights().pageFor(tenant.toString());
  }

  private IncidentView view(IncidentFile file) {
    Incident incident = file.incident();
    String draft =
        PirRenderer.markdown(
            PirDrafter.fromRecord(
                incident,
                file.timeline(),
                file.actions(),
                new RecoveryChecklist(file.recovery()),
                file.rollout(),
                file.alerts(),
                file.issues(),
                new HistoryDigest(file.timeline(), incident.id().value()),
                core.now()));
    return new IncidentView(file, factsOf(incident, file.timeline()), draft);
  }

  /** What a report reads of an incident, taken from its record and timeline. */
  public static IncidentFacts factsOf(Incident incident, List<TimelineEntry> timeline) {
    return new IncidentFacts(
        incident.tenant(),
        incident.id(),
        incident.title(),
        incident.severity(),
        incident.state(),
        incident.model(),
        incident.detectedAt(),
        first(timeline, EntryKind.ACK),
        first(timeline, EntryKind.ROLLBACK),
        incident.resolvedAt(),
        incident.pirDueAt(),
        incident.pirLink() != null,
        incident.rootCause());
  }

  private static Instant first(List<TimelineEntry> timeline, EntryKind kind) {
    List<Instant> times = new ArrayList<>();
    for (TimelineEntry entry : timeline) {
      if (entry.kind() == kind) {
        times.add(entry.at());
      }
    }
    return times.stream().min(Instant::compareTo).orElse(null);
  }
}
