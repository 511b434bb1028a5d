package dev.aiir.commands.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.model.Comparison;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.CriterionCheck;
import dev.aiir.commands.model.CriterionCheck.Verdict;
import dev.aiir.commands.port.MetricQueries.Failed;
import dev.aiir.commands.port.MetricQueries.Sample;
import dev.aiir.commands.port.MetricQueries.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingAndVerdictsTest {
  private static final Instant T0 = Instant.parse("2026-03-12T14:00:00Z");
  private static final Criterion ACCURACY =
      new Criterion(
          "acc", Comparison.AT_LEAST, 0.8, Duration.ofMinutes(3), Duration.ofMinutes(1), 2);

  private static Samples series(double... values) {
    List<Sample> samples = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      samples.add(new Sample(Map.of("__name__", "acc", "region", "r" + i), values[i]));
    }
    return new Samples(samples);
  }

  @Test
  void everySeriesMustHoldAndTheWorstOneIsShown() {
    Reading reading = Reading.of(ACCURACY, series(0.91, 0.79, 0.85));

    assertThat(reading.kind()).isEqualTo(CriterionCheck.Reading.FAILS);
    assertThat(reading.value()).isEqualTo(0.79);
    assertThat(reading.shown()).isEqualTo("0.79 {region=\"r1\"}");
  }

  @Test
  void theWorstSeriesDependsOnTheComparison() {
    Criterion errors = Criterion.of("errors", Comparison.BELOW, 0.01);
    Criterion exactly = Criterion.of("replicas", Comparison.EQUAL, 3);

    assertThat(Reading.of(errors, series(0.001, 0.004, 0.002)).value()).isEqualTo(0.004);
    assertThat(Reading.of(errors, series(0.001, 0.004)).kind())
        .isEqualTo(CriterionCheck.Reading.HOLDS);
    assertThat(Reading.of(exactly, series(3, 1, 4)).value()).isEqualTo(1);
  }

  @Test
  void aSingleSeriesOrAScalarIsShownWithoutLabels() {
    Reading reading = Reading.of(ACCURACY, new Samples(List.of(new Sample(Map.of(), 0.83))));

    assertThat(reading.kind()).isEqualTo(CriterionCheck.Reading.HOLDS);
    assertThat(reading.shown()).isEqualTo("0.83");
  }

  @Test
  void noDataNanAndFailuresCannotBeEvaluated() {
    assertThat(Reading.of(ACCURACY, new Samples(List.of())))
        .isEqualTo(Reading.unknown("no data (the query returned no series)"));
    assertThat(Reading.of(ACCURACY, series(0.9, Double.NaN)).detail())
        .isEqualTo("the value is NaN for {region=\"r1\"}");
    assertThat(Reading.of(ACCURACY, new Failed("Prometheus did not answer within 10 seconds")))
        .isEqualTo(Reading.unknown("Prometheus did not answer within 10 seconds"));
  }

  private static CriterionCheck after(
      Optional<CriterionCheck> before, Reading reading, int minute) {
    return Verdicts.next(ACCURACY, before, reading, T0.plus(Duration.ofMinutes(minute)));
  }

  private static Reading holds() {
    return new Reading(CriterionCheck.Reading.HOLDS, 0.9, "");
  }

  private static Reading fails() {
    return new Reading(CriterionCheck.Reading.FAILS, 0.7, "");
  }

  @Test
  void aCriterionIsMetOnceItHasHeldForItsDuration() {
    CriterionCheck first = after(Optional.empty(), holds(), 0);
    CriterionCheck second = after(Optional.of(first), holds(), 2);
    CriterionCheck third = after(Optional.of(second), holds(), 3);

    assertThat(first.verdict()).isEqualTo(Verdict.WAITING);
    assertThat(second.verdict()).isEqualTo(Verdict.WAITING);
    assertThat(third.verdict()).isEqualTo(Verdict.MET);
    assertThat(third.holdingSince()).isEqualTo(T0);
  }

  @Test
  void aFailingCheckStartsTheHoldAgain() {
    CriterionCheck held = after(Optional.of(after(Optional.empty(), holds(), 0)), holds(), 3);
    CriterionCheck failed = after(Optional.of(held), fails(), 4);
    CriterionCheck again = after(Optional.of(failed), holds(), 5);

    assertThat(failed.verdict()).isEqualTo(Verdict.WAITING);
    assertThat(again.verdict()).isEqualTo(Verdict.WAITING);
    assertThat(again.holdingSince()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
  }

  @Test
  void aCriterionIsBreachedAtItsFailureLimitInARow() {
    CriterionCheck one = after(Optional.empty(), fails(), 0);
    CriterionCheck two = after(Optional.of(one), fails(), 1);
    CriterionCheck recovered = after(Optional.of(two), holds(), 2);

    assertThat(one.verdict()).isEqualTo(Verdict.WAITING);
    assertThat(one.failures()).isEqualTo(1);
    assertThat(two.verdict()).isEqualTo(Verdict.BREACHED);
    assertThat(recovered.failures()).isZero();
    assertThat(recovered.verdict()).isEqualTo(Verdict.WAITING);
  }

  @Test
  void missingDataBreaksTheHoldButNeitherAddsNorResetsFailures() {
    Reading missing = Reading.unknown("no data");
    CriterionCheck held = after(Optional.of(after(Optional.empty(), holds(), 0)), holds(), 3);
    CriterionCheck unknown = after(Optional.of(held), missing, 4);
    CriterionCheck holdsAgain = after(Optional.of(unknown), holds(), 5);
    CriterionCheck failedOnce = after(Optional.empty(), fails(), 0);
    CriterionCheck thenUnknown = after(Optional.of(failedOnce), missing, 1);
    CriterionCheck failedTwice = after(Optional.of(thenUnknown), fails(), 2);

    assertThat(unknown.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(holdsAgain.verdict()).isEqualTo(Verdict.WAITING);
    assertThat(thenUnknown.failures()).isEqualTo(1);
    assertThat(failedTwice.verdict()).isEqualTo(Verdict.BREACHED);
  }
}
