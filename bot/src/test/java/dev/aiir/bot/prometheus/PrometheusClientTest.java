package dev.aiir.bot.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.config.PrometheusSettings;
import dev.aiir.commands.port.MetricQueries.Answer;
import dev.aiir.commands.port.MetricQueries.Failed;
import dev.aiir.commands.port.MetricQueries.Sample;
import dev.aiir.commands.port.MetricQueries.Samples;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a local Prometheus API speaking the real wire JSON. */
class PrometheusClientTest {
  private static final Instant AT = Instant.parse("2026-03-12T14:00:00.250Z");
  @TempDir Path dir;
  private final FakePrometheus prometheus = new FakePrometheus();

  PrometheusClientTest() throws Exception {}

  @AfterEach
  void stop() {
    prometheus.close();
  }

  private PrometheusClient client(Optional<String> token, Optional<Path> file, Duration timeout) {
    return new PrometheusClient(
        new PrometheusSettings(URI.create(prometheus.url() + "/"), token, file, timeout),
        UnaryOperator.identity());
  }

  private Answer ask(String query) {
    return client(Optional.empty(), Optional.empty(), Duration.ofSeconds(5)).query(query, AT);
  }

  @Test
  void aVectorIsReadSeriesBySeriesWithTheirLabels() {
    prometheus.answer(
        "acc",
        200,
        FakePrometheus.success(
            "vector",
            "["
                + FakePrometheus.sample("0.91", "__name__=acc", "region=eu")
                + ","
                + FakePrometheus.sample("0.79", "__name__=acc", "region=us")
                + "]"));

    assertThat(ask("acc"))
        .isEqualTo(
            new Samples(
                List.of(
                    new Sample(Map.of("__name__", "acc", "region", "eu"), 0.91),
                    new Sample(Map.of("__name__", "acc", "region", "us"), 0.79))));
  }

  @Test
  void aScalarIsOneValueWithoutLabelsAndAnEmptyVectorHasNoSeries() {
    prometheus.answer("scalar(acc)", 200, FakePrometheus.success("scalar", "[1773324000,\"0.5\"]"));

    assertThat(ask("scalar(acc)")).isEqualTo(new Samples(List.of(new Sample(Map.of(), 0.5))));
    assertThat(ask("absent_metric")).isEqualTo(new Samples(List.of()));
  }

  @Test
  void nanAndInfinitiesAreReadAsPrometheusWritesThem() {
    prometheus.series("a", "NaN").series("b", "+Inf").series("c", "-Inf");

    assertThat(((Samples) ask("a")).samples().get(0).value()).isNaN();
    assertThat(((Samples) ask("b")).samples().get(0).value()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(((Samples) ask("c")).samples().get(0).value()).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void theQueryAndItsTimeArePostedFormEncodedWithTheBearerToken() {
    String query = "sum(rate(errors{model=\"assistant\", code=~\"5..\"}[5m])) / 2 > 0 & x";

    client(Optional.of("prom-secret"), Optional.empty(), Duration.ofSeconds(5)).query(query, AT);

    assertThat(prometheus.requests())
        .containsExactly(
            new FakePrometheus.Request("POST", query, "1773324000.250", "Bearer prom-secret"));
  }

  @Test
  void aTokenFileIsReadAtEachQuerySoARotatedTokenIsUsed() throws Exception {
    Path file = dir.resolve("token");
    Files.writeString(file, "first\n");
    PrometheusClient client = client(Optional.empty(), Optional.of(file), Duration.ofSeconds(5));
    client.query("up", AT);
    Files.writeString(file, "second");

    client.query("up", AT);
    Files.delete(file);
    Answer unreadable = client.query("up", AT);

    assertThat(prometheus.requests())
        .extracting(FakePrometheus.Request::authorization)
        .containsExactly("Bearer first", "Bearer second");
    assertThat(unreadable).isEqualTo(new Failed("the token file " + file + " cannot be read"));
  }

  @Test
  void anErrorAnswerSaysWhatPrometheusSaid() {
    prometheus.answer(
        "rate(x)",
        400,
        "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"invalid parameter"
            + " \\\"query\\\": 1:1: parse error: expected type range vector\"}");

    assertThat(ask("rate(x)"))
        .isEqualTo(
            new Failed(
                "Prometheus refused the query (bad_data): invalid parameter \"query\": 1:1: parse"
                    + " error: expected type range vector"));
  }

  @Test
  void anAnswerThatIsNotPrometheusJsonSaysItsStatus() {
    prometheus.answer("up", 502, "<html>Bad Gateway</html>").answer("down", 401, "Unauthorized");

    assertThat(ask("up")).isEqualTo(new Failed("Prometheus answered HTTP 502 without its JSON"));
    assertThat(ask("down"))
        .isEqualTo(
            new Failed(
                "Prometheus answered HTTP 401 (check AIIR_PROMETHEUS_TOKEN) without its JSON"));
  }

  @Test
  void aRangeVectorIsNotAValueToCompare() {
    prometheus.answer(
        "acc[5m]",
        200,
        FakePrometheus.success("matrix", "[{\"metric\":{},\"values\":[[1,\"1\"],[2,\"2\"]]}]"));

    assertThat(ask("acc[5m]"))
        .isEqualTo(
            new Failed(
                "the query returns a range vector; use an instant one, such as"
                    + " avg_over_time(metric[5m])"));
  }

  @Test
  void aPrometheusThatIsTooSlowIsATimeout() {
    prometheus.slow(Duration.ofSeconds(3));

    Answer answer =
        client(Optional.of("prom-secret"), Optional.empty(), Duration.ofSeconds(1)).query("up", AT);

    assertThat(answer).isEqualTo(new Failed("Prometheus did not answer within 1s"));
  }

  @Test
  void aPrometheusThatIsDownCannotBeReachedAndItsAddressIsSaid() {
    String url = prometheus.url();
    prometheus.close();

    Answer answer = ask("up");

    assertThat(answer)
        .isEqualTo(
            new Failed("Prometheus could not be reached at " + url.substring("http://".length())));
  }
}
