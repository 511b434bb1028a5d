package dev.aiir.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.model.Comparison;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.RolloutPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GateConfigTest {
  @TempDir Path dir;

  /** A two-phase plan whose Canary has this gate, indented under {@code gate:} (from line 8). */
  private static String plan(String gate) {
    return """
        rollout:
          phases:
            - name: Canary
              traffic: 1-5%
              duration: 2h-4h
              exit: No anomalies in monitoring dashboards
              gate:
        """
        + gate.indent(8)
        + """
            - name: Full
              traffic: 100%
              duration: 72h
              exit: 72 hours of stable operation
        """;
  }

  private static PhaseGate canary(String gate) {
    return ConfigFile.parse("aiir.yml", plan(gate)).rolloutPlan().first().gate();
  }

  @Test
  void aPhasesGateReadsChecksAsLinesOrWithTheirOptionsAndWhatTheBotMayDoAlone() {
    PhaseGate gate =
        canary(
            """
            auto: true
            auto_halt: yes
            criteria:
              - 'error_ratio{model="$model"} < 0.01'
              - check: eval_accuracy{model="$model"} >= 0.80
                for: 30m
                every: 2m
                failures: 5
            """);

    assertThat(gate)
        .isEqualTo(
            new PhaseGate(
                List.of(
                    Criterion.of("error_ratio{model=\"$model\"}", Comparison.BELOW, 0.01),
                    new Criterion(
                        "eval_accuracy{model=\"$model\"}",
                        Comparison.AT_LEAST,
                        0.8,
                        Duration.ofMinutes(30),
                        Duration.ofMinutes(2),
                        5)),
                true,
                true));
  }

  @Test
  void theReadmesExamplePlanIsRead() {
    RolloutPlan plan =
        ConfigFile.parse(
                "aiir.yml",
                """
                rollout:
                  phases:
                    - name: Canary
                      traffic: 1-5%
                      duration: 2h-4h
                      exit: No anomalies in monitoring dashboards
                      gate:
                        auto: true            # promote when every criterion holds
                        auto_halt: false      # only offer Halt on a breach
                        criteria:
                          - 'error_ratio{model="$model"} < 0.01'
                          - check: 'eval_accuracy{model="$model",version="$version"} >= 0.80'
                            for: 30m
                            every: 1m
                            failures: 3
                    - name: Full
                      traffic: 100%
                      duration: 72h
                      exit: 72 hours of stable operation
                      gate:
                        auto_halt: true
                        criteria: ['sum(rate(http_errors_total{model="$model"}[5m])) / sum(rate(http_requests_total{model="$model"}[5m])) < 0.02']
                """)
            .rolloutPlan();

    assertThat(plan.first().gate().criteria()).hasSize(2);
    assertThat(plan.first().gate().autoPromote()).isTrue();
    assertThat(plan.phases().get(1).gate().autoHalt()).isTrue();
    assertThat(plan.phases().get(1).gate().criteria().get(0).threshold()).isEqualTo(0.02);
  }

  @Test
  void aPhaseWithoutAGateHasNoCriteriaAndTheBotDoesNothingAlone() {
    PhaseGate gate = canary("criteria: ['up == 1']");

    assertThat(gate.autoPromote()).isFalse();
    assertThat(gate.autoHalt()).isFalse();
    assertThat(
            ConfigFile.parse("aiir.yml", plan("criteria: ['up == 1']"))
                .rolloutPlan()
                .phases()
                .get(1)
                .gate())
        .isEqualTo(PhaseGate.NONE);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "criteria: ['sum(rate(errors[5m]) < 0.01']|8: rollout.phases[1] (Canary).gate"
            + ".criteria[1]: the query has a '(' that is never closed",
        "criteria:\\n  - up == 1\\n  - 'error_ratio ~ 0.01'|10: rollout.phases[1] (Canary)"
            + ".gate.criteria[2]: '~' is not a comparison; use <, <=, >, >=, == or !=",
        "criteria:\\n  - error_ratio < lots|9: rollout.phases[1] (Canary).gate.criteria[1]:"
            + " the threshold 'lots' is not a number",
        "criteria:\\n  - check: up == 1\\n    every: 90|10: rollout.phases[1] (Canary).gate"
            + ".criteria[1]: every '90' is not a duration such as 30s, 5m or 1h",
        "criteria:\\n  - check: up == 1\\n    for: 8d|10: rollout.phases[1] (Canary).gate"
            + ".criteria[1]: for is from 0s to 7d",
        "criteria:\\n  - 'x{m=\"$modle\"} > 1'|9: rollout.phases[1] (Canary).gate"
            + ".criteria[1]: $modle is no placeholder (known: $model, $version, $traffic)",
        "criteria:\\n  - check: up == 1\\n    within: 5m|10: rollout.phases[1] (Canary).gate"
            + ".criteria[1]: unknown key 'within' (expected: check, every, failures, for)",
        "auto: sometimes\\ncriteria: ['up == 1']|8: rollout.phases[1] (Canary).gate.auto:"
            + " 'sometimes' is not true or false",
        "criteria: []|8: rollout.phases[1] (Canary).gate.criteria: list the metric"
            + " criteria, such as - 'error_ratio < 0.01'",
        "criteria: ['up == 1', 'up == 1']|8: rollout.phases[1] (Canary).gate.criteria:"
            + " the criterion up == 1 is twice",
      })
  void aCriterionTheGrammarRefusesStopsStartUpWithItsLineAndReason(String gate, String error) {
    assertThatThrownBy(() -> canary(gate.replace("\\n", "\n")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("AIIR_CONFIG aiir.yml:" + error);
  }

  @Test
  void criteriaInThePlanNeedAPrometheusToQuery() throws Exception {
    Path file = dir.resolve("aiir.yml");
    Files.writeString(file, plan("criteria: ['up == 1']"));

    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("AIIR_CONFIG", file.toString())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "AIIR_CONFIG "
                + file
                + ": the rollout plan has metric criteria, so set AIIR_PROMETHEUS_URL (the"
                + " Prometheus to query)");
    assertThat(
            Settings.fromEnvironment(
                    Map.of(
                        "AIIR_CONFIG",
                        file.toString(),
                        "AIIR_PROMETHEUS_URL",
                        "http://prometheus:9090"))
                .core()
                .rolloutPlan()
                .first()
                .gate()
                .criteria())
        .hasSize(1);
  }
}
