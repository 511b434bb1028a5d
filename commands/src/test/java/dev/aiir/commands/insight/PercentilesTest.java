package dev.aiir.commands.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {
  private static List<Duration> minutes(int... values) {
    return IntStream.of(values).mapToObj(Duration::ofMinutes).sorted().toList();
  }

  @Test
  void theMedianOfAnOddCountIsTheMiddleValue() {
    assertThat(Percentiles.median(minutes(1, 4, 60))).contains(Duration.ofMinutes(4));
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertThat(Percentiles.median(minutes(5, 30))).contains(Duration.ofSeconds(17 * 60 + 30));
    assertThat(Percentiles.median(minutes(1, 3, 5, 30))).contains(Duration.ofMinutes(4));
  }

  @Test
  void theMedianOfAnEvenCountIsRoundedDownToTheMillisecond() {
    List<Duration> values = List.of(Duration.ofMillis(1), Duration.ofMillis(2));
    assertThat(Percentiles.median(values)).contains(Duration.ofMillis(1));
  }

  @Test
  void nothingMeasuredHasNeitherMedianNorPercentile() {
    assertThat(Percentiles.median(List.of())).isEmpty();
    assertThat(Percentiles.nearestRank(List.of(), 90)).isEmpty();
  }

  @Test
  void theNinetiethPercentileOfOneValueIsThatValue() {
    assertThat(Percentiles.nearestRank(minutes(7), 90)).contains(Duration.ofMinutes(7));
  }

  @Test
  void theNinetiethPercentileOfFewerThanTenValuesIsTheLargest() {
    assertThat(Percentiles.nearestRank(minutes(1, 2), 90)).contains(Duration.ofMinutes(2));
    assertThat(Percentiles.nearestRank(minutes(1, 2, 3, 4, 5), 90)).contains(Duration.ofMinutes(5));
    assertThat(Percentiles.nearestRank(minutes(1, 2, 3, 4, 5, 6, 7, 8, 9), 90))
        .contains(Duration.ofMinutes(9));
  }

  @Test
  void theNinetiethPercentileOfTenValuesIsTheNinthByNearestRank() {
    assertThat(Percentiles.nearestRank(minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90))
        .contains(Duration.ofMinutes(9));
  }

  @Test
  void theNinetiethPercentileOfElevenValuesIsTheTenth() {
    assertThat(Percentiles.nearestRank(minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 90))
        .contains(Duration.ofMinutes(10));
  }

  @Test
  void theFiftiethPercentileByNearestRankIsALowerMiddleNotAMean() {
    assertThat(Percentiles.nearestRank(minutes(1, 3, 5, 30), 50)).contains(Duration.ofMinutes(3));
  }
}
