package dev.aiir.commands.port;

import static dev.aiir.commands.port.StoreSamples.DECLARED;
import static dev.aiir.commands.port.StoreSamples.UNICODE;
import static dev.aiir.commands.port.StoreSamples.declared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.Comparison;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.CriterionCheck;
import dev.aiir.commands.model.CriterionCheck.Reading;
import dev.aiir.commands.model.CriterionCheck.Verdict;
import dev.aiir.commands.model.GateState;
import dev.aiir.commands.model.IncidentId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about rollout gates: an incident's own criteria per phase, and each
 * phase run's evaluation, read back exactly (NaN, no hold, unicode and quotes in queries), per
 * tenant. An implementation's test extends this class and returns a new, empty store.
 */
public abstract class GateTableContract {
  private static final Tenant ACME = new Tenant(Platform.SLACK, "T0ACME");
  private static final Tenant GLOBEX = new Tenant(Platform.DISCORD, "42");
  private static final IncidentId FIRST = IncidentId.of("AI-IR", 2026, 1);
  private static final Criterion ACCURACY =
      new Criterion(
          "eval_accuracy{model=\"$model\", note=\""
              + UNICODE.replace("\"", "'").replace("\\", "")
              + "\"}",
          Comparison.AT_LEAST,
          0.8,
          Duration.ofMinutes(30),
          Duration.ofSeconds(90),
          5);
  private static final Criterion ERRORS = Criterion.of("error_ratio", Comparison.BELOW, 0.01);

  private IncidentStore store;

  /** A new store with nothing in it. */
  protected abstract IncidentStore newStore();

  @BeforeEach
  void openAnEmptyStoreWithOneIncidentPerTenant() {
    store = newStore();
    for (Tenant tenant : List.of(ACME, GLOBEX)) {
      in(
          tenant,
          tx -> {
            tx.incidents().insert(declared(tenant, FIRST, "C1", DECLARED));
            return null;
          });
    }
  }

  private <T> T in(Tenant tenant, Function<TenantStore, T> work) {
    return store.inTransaction(tenant, work);
  }

  private Map<String, List<Criterion>> overrides(Tenant tenant) {
    return store.inTransaction(tenant, tx -> tx.gates().overrides(FIRST));
  }

  private Optional<GateState> state(Tenant tenant, int run) {
    return store.inTransaction(tenant, tx -> tx.gates().state(FIRST, run));
  }

  @Test
  void anIncidentsOwnCriteriaAreReadBackByPhaseExactly() {
    in(
        ACME,
        tx -> {
          tx.gates().override(FIRST, "canary", List.of(ACCURACY, ERRORS));
          tx.gates().override(FIRST, "limited", List.of());
          return null;
        });

    assertThat(overrides(ACME))
        .isEqualTo(Map.of("canary", List.of(ACCURACY, ERRORS), "limited", List.of()));
  }

  @Test
  void overridingAPhaseAgainReplacesItsCriteria() {
    in(
        ACME,
        tx -> {
          tx.gates().override(FIRST, "canary", List.of(ACCURACY, ERRORS));
          tx.gates().override(FIRST, "canary", List.of(ERRORS));
          return null;
        });

    assertThat(overrides(ACME)).isEqualTo(Map.of("canary", List.of(ERRORS)));
  }

  @Test
  void everyIncidentsOwnCriteriaAreReadInOneGoForTheTenantOnly() {
    IncidentId second = IncidentId.of("AI-IR", 2026, 2);
    in(
        ACME,
        tx -> {
          tx.incidents().insert(declared(ACME, second, "C2", DECLARED));
          tx.gates().override(FIRST, "canary", List.of(ACCURACY, ERRORS));
          tx.gates().override(FIRST, "limited", List.of(ERRORS));
          tx.gates().override(second, "limited", List.of());
          return null;
        });
    in(
        GLOBEX,
        tx -> {
          tx.gates().override(FIRST, "canary", List.of(ERRORS));
          return null;
        });

    Map<IncidentId, Map<String, List<Criterion>>> acme = in(ACME, tx -> tx.gates().allOverrides());
    Map<IncidentId, Map<String, List<Criterion>>> globex =
        in(GLOBEX, tx -> tx.gates().allOverrides());

    assertThat(acme)
        .isEqualTo(
            Map.of(
                FIRST,
                Map.of("canary", List.of(ACCURACY, ERRORS), "limited", List.of(ERRORS)),
                second,
                Map.of("limited", List.of())));
    assertThat(globex).isEqualTo(Map.of(FIRST, Map.of("canary", List.of(ERRORS))));
  }

  @Test
  void aPhaseRunsEvaluationIsReadBackExactlyAndReplacedWhenSavedAgain() {
    Instant at = DECLARED.plus(Duration.ofMinutes(5));
    CriterionCheck holding =
        new CriterionCheck(
            ACCURACY.text(), Reading.HOLDS, 0.83, "{region=\"eu\"}", at, at, 0, Verdict.WAITING);
    CriterionCheck unknown =
        new CriterionCheck(
            ERRORS.text(), Reading.UNKNOWN, Double.NaN, "no data", at, null, 2, Verdict.UNKNOWN);
    GateState first =
        new GateState(
            at, at.plusSeconds(60), GateState.Announced.WAITING, List.of(holding, unknown));
    GateState second =
        new GateState(
            at.plusSeconds(60), at.plusSeconds(120), GateState.Announced.READY, List.of());

    in(
        ACME,
        tx -> {
          tx.gates().saveState(FIRST, 1, first);
          tx.gates().saveState(FIRST, 2, first);
          return null;
        });
    assertThat(state(ACME, 1)).contains(first);
    in(
        ACME,
        tx -> {
          tx.gates().saveState(FIRST, 1, second);
          return null;
        });

    assertThat(state(ACME, 1)).contains(second);
    assertThat(state(ACME, 2)).contains(first);
    assertThat(state(ACME, 3)).isEmpty();
  }

  @Test
  void anotherTenantSeesNoneOfIt() {
    in(
        ACME,
        tx -> {
          tx.gates().override(FIRST, "canary", List.of(ERRORS));
          tx.gates().saveState(FIRST, 1, GateState.fresh(DECLARED, DECLARED.plusSeconds(60)));
          return null;
        });

    Map<String, List<Criterion>> overrides = overrides(GLOBEX);
    Optional<GateState> state = state(GLOBEX, 1);

    assertThat(overrides).isEmpty();
    assertThat(state).isEmpty();
  }

  @Test
  void criteriaOfAnIncidentTheTenantDoesNotHaveAreRefused() {
    IncidentId unknown = IncidentId.of("AI-IR", 2026, 99);

    assertThatThrownBy(
            () ->
                in(
                    ACME,
                    tx -> {
                      tx.gates().override(unknown, "canary", List.of(ERRORS));
                      return null;
                    }))
        .isInstanceOf(RuntimeException.class);
  }
}
