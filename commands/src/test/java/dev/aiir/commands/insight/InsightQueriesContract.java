package dev.aiir.commands.insight;

import static dev.aiir.commands.insight.March.at;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TrackedIssue;
import dev.aiir.commands.port.IncidentFacts;
import dev.aiir.commands.port.IncidentFile;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.InsightQueries;
import dev.aiir.commands.port.OpenActions;
import dev.aiir.commands.port.ReportFilter;
import dev.aiir.commands.testing.BotFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store's {@link InsightQueries} promises, on {@link March}'s incidents recorded through
 * the commands. A store's test extends this class and returns a new, empty store.
 */
public abstract class InsightQueriesContract {
  private static final Tenant OTHER = new Tenant(Platform.DISCORD, "G9");
  private static final ReportFilter MARCH =
      ReportFilter.between(Instant.parse("2026-03-01T00:00:00Z"), March.NOW.plusSeconds(3600));
  private IncidentStore store;
  private BotFixture fixture;

  /** A new store with nothing in it. */
  protected abstract IncidentStore newStore();

  @BeforeEach
  void recordMarch() {
    store = newStore();
    fixture = March.run(store);
  }

  private List<IncidentFacts> facts(ReportFilter filter) {
    List<IncidentFacts> rows = new ArrayList<>();
    store.insights().incidents(filter, rows::add);
    return rows;
  }

  private static Instant t(String iso) {
    return Instant.parse(iso);
  }

  private static IncidentFacts expected(
      int n,
      String title,
      Severity severity,
      IncidentState state,
      String model,
      String detected,
      String ack,
      String rollback,
      String resolved,
      boolean pirDone,
      String rootCause) {
    return new IncidentFacts(
        TENANT,
        IncidentId.of("AI-IR", 2026, n),
        title,
        severity,
        state,
        model,
        t(detected),
        ack == null ? null : t(ack),
        rollback == null ? null : t(rollback),
        resolved == null ? null : t(resolved),
        resolved == null ? null : t(resolved).plus(Duration.ofHours(72)),
        pirDone,
        rootCause);
  }

  @Test
  void eachIncidentComesWithItsFirstAckAndFirstRollbackInOrderOfDetection() {
    assertThat(facts(MARCH))
        .containsExactly(
            expected(
                1,
                "Assistant answers badly",
                Severity.SEV1,
                IncidentState.CLOSED,
                "assistant@v3.2",
                "2026-03-02T10:00:00Z",
                "2026-03-02T10:05:00Z",
                "2026-03-02T10:30:00Z",
                "2026-03-02T12:00:00Z",
                true,
                "Fine-tuning dataset contained adversarial samples"),
            expected(
                2,
                "Assistant refuses",
                Severity.SEV1,
                IncidentState.RESOLVED,
                "assistant@v3.3",
                "2026-03-04T07:40:00Z",
                "2026-03-04T08:10:00Z",
                null,
                "2026-03-04T11:40:00Z",
                false,
                "Poisoned datasets slipped past validation"),
            expected(
                3,
                "Ranking is stale",
                Severity.SEV2,
                IncidentState.RESOLVED,
                "ranker@v1",
                "2026-03-10T09:00:00Z",
                null,
                "2026-03-10T09:20:00Z",
                "2026-03-10T10:00:00Z",
                false,
                "Stale feature index"),
            expected(
                4,
                "Latency spikes",
                Severity.SEV2,
                IncidentState.INVESTIGATING,
                null,
                "2026-03-18T14:00:00Z",
                "2026-03-18T14:01:00Z",
                null,
                null,
                false,
                null),
            expected(
                5,
                "Ranking drifts",
                Severity.SEV2,
                IncidentState.RESOLVED,
                "ranker@v2",
                "2026-03-19T06:00:00Z",
                "2026-03-19T06:03:00Z",
                "2026-03-19T06:15:00Z",
                "2026-03-19T08:00:00Z",
                false,
                "Feature store lag"));
  }

  @Test
  void thePeriodIncludesItsStartAndExcludesItsEnd() {
    ReportFilter exact = ReportFilter.between(t("2026-03-04T07:40:00Z"), t("2026-03-18T14:00:00Z"));
    assertThat(facts(exact))
        .extracting(f -> f.id().value())
        .containsExactly("AI-IR-2026-002", "AI-IR-2026-003");
  }

  @Test
  void severitiesModelsAndTenantsNarrowTheRows() {
    at(fixture, "2026-03-20T12:00:00Z", "CX", "declare Odd model --sev 3 --model gpt_4%@v1");
    fixture.in(OTHER, BotFixture.MAYA, "D1", "declare Elsewhere --sev 1 --model assistant@v9");
    assertThat(facts(MARCH.withSeverities(Set.of(Severity.SEV1)))).hasSize(3);
    assertThat(facts(MARCH.withModel(Optional.of("assistant")))).hasSize(3);
    assertThat(facts(MARCH.withModel(Optional.of("assistant")).forTenant(TENANT))).hasSize(2);
    assertThat(facts(MARCH.withModel(Optional.of("ranker@v1")))).hasSize(1);
    assertThat(facts(MARCH.withModel(Optional.of("gpt_4%")))).hasSize(1);
    assertThat(facts(MARCH.withModel(Optional.of("gpt")))).isEmpty();
    assertThat(facts(MARCH.withModel(Optional.of("gpt_")))).isEmpty();
    assertThat(facts(MARCH.forTenant(OTHER))).extracting(IncidentFacts::tenant).containsOnly(OTHER);
    assertThat(facts(MARCH)).hasSize(7);
  }

  @Test
  void openActionItemsAreCountedByPriorityAndOwnerForTheFilteredIncidents() {
    assertThat(store.insights().openActions(MARCH))
        .containsExactlyInAnyOrder(
            new OpenActions(Priority.P0, Optional.of(new UserRef("lee", "lee")), 2),
            new OpenActions(Priority.P1, Optional.empty(), 1));
    assertThat(store.insights().openActions(MARCH.withSeverities(Set.of(Severity.SEV1))))
        .containsExactly(new OpenActions(Priority.P0, Optional.of(new UserRef("lee", "lee")), 1));
    assertThat(store.insights().openActions(MARCH.forTenant(OTHER))).isEmpty();
  }

  @Test
  void anIncidentFileIsItsWholeRecordAndAnotherTenantFindsNothing() {
    IncidentId first = IncidentId.of("AI-IR", 2026, 1);
    IncidentFile file = store.insights().incident(TENANT, first).orElseThrow();
    assertThat(file.incident().title()).isEqualTo("Assistant answers badly");
    assertThat(file.timeline())
        .extracting(e -> e.kind())
        .startsWith(EntryKind.DECLARED, EntryKind.ACK, EntryKind.ROLLBACK);
    assertThat(file.actions()).hasSize(1);
    assertThat(file.recovery()).isNotEmpty();
    assertThat(file.rollout()).isEmpty();
    assertThat(store.insights().incident(OTHER, first)).isEmpty();
    assertThat(store.insights().incident(TENANT, IncidentId.of("AI-IR", 2026, 99))).isEmpty();
  }

  @Test
  void anIncidentFileCarriesItsExportedIssuesAndThePagesDraftListsThem() {
    IncidentId first = IncidentId.of("AI-IR", 2026, 1);
    int item = store.insights().incident(TENANT, first).orElseThrow().actions().get(0).number();
    TrackedIssue issue =
        new TrackedIssue(
            item,
            ExportTarget.GITHUB,
            "acme/ml#12",
            "https://github.com/acme/ml/issues/12",
            true,
            "lee",
            t("2026-03-20T10:00:00Z"));
    store.inTransaction(
        TENANT,
        tx -> {
          tx.exports().saveIssue(first, issue);
          return null;
        });

    assertThat(store.insights().incident(TENANT, first).orElseThrow().issues())
        .containsExactly(issue);
    assertThat(new Insights(fixture.core).incident(TENANT, first).orElseThrow().pirDraft())
        .contains(" - GitHub acme/ml#12, closed by lee (https://github.com/acme/ml/issues/12)");
  }

  @Test
  void aReportReadsWhileACommandsTransactionIsOpen() {
    int read =
        store.inTransaction(
            TENANT,
            tx -> {
              tx.incidents().find(IncidentId.of("AI-IR", 2026, 4));
              return facts(MARCH).size();
            });
    assertThat(read).isEqualTo(5);
  }

  @Test
  void theReportOnThisStoreHasTheHandWorkedFigures() {
    InsightReport report = new Insights(fixture.core).report(MARCH.forTenant(TENANT));
    assertThat(report.overall().get(Metric.MTTA))
        .isEqualTo(
            new Figure(
                4, 1, Optional.of(Duration.ofMinutes(4)), Optional.of(Duration.ofMinutes(30))));
    assertThat(report.overall().get(Metric.MTTR).median()).contains(Duration.ofHours(2));
    assertThat(report.pirs().overdueIncidents())
        .containsExactly("AI-IR-2026-002", "AI-IR-2026-003");
    assertThat(report.actions().open()).isEqualTo(3);
  }
}
