package dev.aiir.commands.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseTimer;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.model.TrafficRange;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutPlanTest {
  private static Phase phase(String name, String traffic, int minHours, int maxHours) {
    return new Phase(
        name,
        TrafficRange.parse(traffic).orElseThrow(),
        Duration.ofHours(minHours),
        Duration.ofHours(maxHours),
        "criteria of " + name);
  }

  @Test
  void theDefaultPlanIsTheSeedsTable() {
    RolloutPlan plan = RolloutPlan.defaults();

    assertThat(plan.phases())
        .extracting(
            Phase::name,
            p -> p.traffic().toString(),
            p -> p.minimum().toHours(),
            p -> p.maximum().toHours(),
            Phase::exitCriteria)
        .containsExactly(
            tuple("Canary", "1-5%", 2L, 4L, "No anomalies in monitoring dashboards"),
            tuple("Limited", "10-25%", 4L, 8L, "Metrics match or exceed pre-incident baseline"),
            tuple("Majority", "50-75%", 8L, 24L, "No user reports; regression tests passing"),
            tuple("Full", "100%", 72L, 72L, "72 hours of stable operation"));
    assertThat(plan.timersOf(plan.first())).containsExactly(PhaseTimer.MINIMUM, PhaseTimer.MAXIMUM);
    assertThat(plan.timersOf(plan.phases().get(3))).containsExactly(PhaseTimer.STABLE);
    assertThat(plan.next(plan.phases().get(3))).isEmpty();
  }

  @Test
  void aTeamMayHaveFewerPhasesWithTheirOwnNames() {
    RolloutPlan plan =
        new RolloutPlan(List.of(phase("Shadow", "1%", 1, 2), phase("All at once", "100%", 24, 24)));

    assertThat(plan.next(plan.first())).map(Phase::key).contains("all-at-once");
    assertThat(plan.find("shadow")).contains(plan.first());
  }

  @Test
  void trafficRangesReadAsPeopleWriteThem() {
    assertThat(TrafficRange.parse("1-5%")).contains(new TrafficRange(1, 5));
    assertThat(TrafficRange.parse("10% - 25%")).contains(new TrafficRange(10, 25));
    assertThat(TrafficRange.parse("100%")).contains(new TrafficRange(100, 100));
    assertThat(TrafficRange.parse("half")).isEmpty();
    assertThatThrownBy(() -> TrafficRange.parse("25-10%"))
        .hasMessage("a traffic range runs from 1% to 100%, low end first, not 25-10%");
  }

  @Test
  void aPlanThatMakesNoSenseIsRefusedWithTheReason() {
    assertThatThrownBy(() -> new RolloutPlan(List.of()))
        .hasMessage("a rollout plan needs at least one phase");
    assertThatThrownBy(
            () ->
                new RolloutPlan(
                    List.of(phase("Canary", "1-5%", 2, 4), phase("canary", "100%", 1, 1))))
        .hasMessage("two phases are named canary");
    assertThatThrownBy(
            () ->
                new RolloutPlan(
                    List.of(
                        phase("Canary", "1-10%", 2, 4),
                        phase("Limited", "10-25%", 4, 8),
                        phase("Full", "100%", 72, 72))))
        .hasMessage("Limited's traffic must start above Canary's");
    assertThatThrownBy(
            () ->
                new RolloutPlan(
                    List.of(phase("Canary", "1-5%", 4, 4), phase("Full", "100%", 1, 1))))
        .hasMessage("Canary's minimum must be shorter than its maximum");
    assertThatThrownBy(() -> new RolloutPlan(List.of(phase("Canary", "1-5%", 2, 4))))
        .hasMessage("the final phase, Canary, has one duration (how long it must be stable)");
    assertThatThrownBy(() -> new RolloutPlan(List.of(phase("Most", "50-75%", 2, 2))))
        .hasMessage("the final phase, Most, must restore all traffic (100%)");
    assertThatThrownBy(() -> phase("Canary", "1-5%", 4, 2))
        .hasMessage("Canary's maximum is shorter than its minimum");
    assertThatThrownBy(() -> phase("!!", "1-5%", 2, 4))
        .hasMessage("a phase needs a name with letters or digits");
  }

  @Test
  void durationsReadInHoursAsThePlanStatesThem() {
    assertThat(RolloutMessages.span(Duration.ofHours(72))).isEqualTo("72 hours");
    assertThat(RolloutMessages.span(Duration.ofMinutes(61))).isEqualTo("1 hour 1 minute");
    assertThat(RolloutMessages.span(Duration.ofSeconds(30))).isEqualTo("30 seconds");
    assertThat(RolloutMessages.span(Duration.ZERO)).isEqualTo("0 minutes");
    assertThat(RolloutMessages.between(Duration.ofHours(2), Duration.ofHours(4)))
        .isEqualTo("2-4 hours");
    assertThat(RolloutMessages.between(Duration.ofMinutes(90), Duration.ofHours(2)))
        .isEqualTo("1 hour 30 minutes to 2 hours");
  }
}
