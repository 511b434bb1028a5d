package dev.aiir.commands.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriterionTextTest {
  private static Criterion read(String check) {
    return CriterionText.parse(check).criterion();
  }

  private static String problem(String check) {
    return problem(check, null, null, null);
  }

  private static String problem(String check, String holdFor, String every, String failures) {
    CriterionText.Outcome outcome = CriterionText.parse(check, holdFor, every, failures);
    assertThat(outcome).isInstanceOf(CriterionText.Problem.class);
    return ((CriterionText.Problem) outcome).text();
  }

  @Test
  void aCheckIsAQueryAComparisonAndAThresholdWithTheDefaults() {
    Criterion criterion = read("eval_accuracy{model=\"$model\"} >= 0.80");

    assertThat(criterion.query()).isEqualTo("eval_accuracy{model=\"$model\"}");
    assertThat(criterion.comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(criterion.threshold()).isEqualTo(0.8);
    assertThat(criterion.holdFor()).isZero();
    assertThat(criterion.every()).isEqualTo(Duration.ofMinutes(1));
    assertThat(criterion.failures()).isEqualTo(3);
    assertThat(criterion.text())
        .isEqualTo("eval_accuracy{model=\"$model\"} >= 0.8 for 0m every 1m failures 3");
  }

  @Test
  void theHoldTheIntervalAndTheFailureLimitAreReadFromTheirOptions() {
    Criterion criterion =
        CriterionText.parse("error_ratio < 0.01", "1h30m", "30s", "5").criterion();

    assertThat(criterion.holdFor()).isEqualTo(Duration.ofMinutes(90));
    assertThat(criterion.every()).isEqualTo(Duration.ofSeconds(30));
    assertThat(criterion.failures()).isEqualTo(5);
    assertThat(criterion.text()).isEqualTo("error_ratio < 0.01 for 1h30m every 30s failures 5");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "error_ratio<0.01|error_ratio|<|0.01",
        "error_ratio   <=   1e-3|error_ratio|<=|0.001",
        "up == 1|up|==|1",
        "up != 0|up|!=|0",
        "latency_seconds > -5|latency_seconds|>|-5",
        // The comparison is the last one outside brackets and quotes: the query may filter.
        "sum(rate(errors{code=~\"5..\", x!=\"<\"}[5m])) / sum(rate(requests[5m])) < 0.02"
            + "|sum(rate(errors{code=~\"5..\", x!=\"<\"}[5m])) / sum(rate(requests[5m]))|<|0.02",
        "(accuracy > 0.5) >= 0.9|(accuracy > 0.5)|>=|0.9",
        "label_replace(up, \"m\", \"$1\", \"job\", \"(.*)\") > 0"
            + "|label_replace(up, \"m\", \"$1\", \"job\", \"(.*)\")|>|0",
      })
  void theComparisonIsTheLastOneOutsideBracketsAndQuotes(
      String check, String query, String symbol, String threshold) {
    Criterion criterion = read(check);

    assertThat(criterion.query()).isEqualTo(query);
    assertThat(criterion.comparison().symbol()).isEqualTo(symbol);
    assertThat(criterion.threshold()).isEqualTo(Double.parseDouble(threshold));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|write the check as <query> <comparison> <threshold>, such as error_ratio < 0.01",
        "error_ratio|no comparison in 'error_ratio'; write <query> <comparison> <threshold>,"
            + " such as error_ratio < 0.01",
        "error_ratio lt 0.01|'lt' is not a comparison; use <, <=, >, >=, == or !=",
        "error_ratio =< 0.01|'=<' is not a comparison; use <, <=, >, >=, == or !=",
        "error_ratio = 0.01|'=' is not a comparison; use <, <=, >, >=, == or !=",
        "error_ratio < high|the threshold 'high' is not a number",
        "error_ratio < 1%|the threshold '1%' is not a number",
        "error_ratio <|the threshold is missing after <",
        "< 0.01|the query is empty",
        "sum(rate(errors[5m]) < 0.01|the query has a '(' that is never closed",
        "rate(errors[5m)) < 0.01|the query closes a '[' with ')'",
        "errors{code=\"500} < 1|the query has a \" that is never closed",
        "errors}code{ < 1|the query has a '}' without its '{'",
        "errors{model=\"$modle\"} < 1|$modle is no placeholder (known: $model, $version, $traffic)",
      })
  void aCheckThatIsNoCriterionSaysWhyInOneSentence(String check, String why) {
    assertThat(problem(check)).isEqualTo(why);
  }

  @Test
  void badOptionsSayWhichOneAndWhatItTakes() {
    assertThat(problem("up == 1", "soon", null, null))
        .isEqualTo("--for 'soon' is not a duration such as 30s, 5m or 1h");
    assertThat(problem("up == 1", null, "5s", null)).isEqualTo("--every is from 10s to 7d");
    assertThat(problem("up == 1", null, "8d", null)).isEqualTo("--every is from 10s to 7d");
    assertThat(problem("up == 1", "8d", null, null)).isEqualTo("--for is from 0s to 7d");
    assertThat(problem("up == 1", null, null, "0"))
        .isEqualTo("--failures is a whole number from 1 to 1000");
    assertThat(problem("up == 1", null, null, "three"))
        .isEqualTo("--failures 'three' is not a whole number from 1 to 1000");
  }

  @Test
  void knownPlaceholdersInEitherSpellingAreFilledAsEscapedStrings() {
    String query = "m{model=\"$model\", v=\"${version}\"} * $traffic";

    assertThat(MetricQuery.problem(query)).isEmpty();
    assertThat(MetricQuery.placeholders(query)).containsExactly("model", "version", "traffic");
    assertThat(
            MetricQuery.fill(
                query, java.util.Map.of("model", "as\"sist", "version", "v3.2", "traffic", "5")))
        .isEqualTo("m{model=\"as\\\"sist\", v=\"v3.2\"} * 5");
  }

  @Test
  void thresholdsAreWrittenBackAsPlainNumbers() {
    assertThat(Criterion.number(0.80)).isEqualTo("0.8");
    assertThat(Criterion.number(12.0)).isEqualTo("12");
    assertThat(Criterion.number(0.0001)).isEqualTo("0.0001");
    assertThat(Criterion.number(-5)).isEqualTo("-5");
  }
}
