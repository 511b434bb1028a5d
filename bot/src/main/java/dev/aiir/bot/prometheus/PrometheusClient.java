package dev.aiir.bot.prometheus;

import dev.aiir.bot.config.PrometheusSettings;
import dev.aiir.commands.model.Durations;
import dev.aiir.commands.port.MetricQueries;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rollout gates' metrics on a Prometheus-compatible HTTP API: {@code POST <url>/api/v1/query}
 * with {@code query} and {@code time} form-encoded (so long queries fit), a bearer token when one
 * is set, within the configured timeout. Whatever goes wrong comes back as a failure in one line
 * for the channel; the token never appears in it, nor in the logs.
 */
public final class PrometheusClient implements MetricQueries {
  private static final Logger LOG = LoggerFactory.getLogger(PrometheusClient.class);

  private final PrometheusSettings settings;
  private final URI endpoint;
  private final UnaryOperator<Instant> toReal;
  private final HttpClient http;

  /**
   * A client of {@code settings}' Prometheus; {@code toReal} maps the core's (drill) time to the
   * real time Prometheus keeps.
   */
  public PrometheusClient(PrometheusSettings settings, UnaryOperator<Instant> toReal) {
    this.settings = settings;
    String base = settings.url().toString().replaceAll("/+$", "");
    this.endpoint = URI.create(base + "/api/v1/query");
    this.toReal = toReal;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public Answer query(String query, Instant at) {
    String form =
        "query="
            + URLEncoder.encode(query, StandardCharsets.UTF_8)
            + "&time="
            + seconds(toReal.apply(at));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(settings.timeout())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    try {
      token().ifPresent(t -> request.header("Authorization", "Bearer " + t));
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Answer answer = PrometheusAnswers.read(response.statusCode(), response.body());
      if (answer instanceof Failed failed) {
        LOG.warn("metric query failed: {} (query: {})", failed.reason(), query);
      }
      return answer;
    } catch (HttpTimeoutException e) {
      return failed(
          "Prometheus did not answer within " + Durations.compact(settings.timeout()), query);
    } catch (ConnectException e) {
      return failed("Prometheus could not be reached at " + endpoint.getAuthority(), query);
    } catch (IOException e) {
      return failed(
          "Prometheus could not be reached (" + e.getClass().getSimpleName() + ")", query);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed("the query was interrupted", query);
    } catch (TokenUnreadable e) {
      return failed(e.getMessage(), query);
    }
  }

  private static Failed failed(String reason, String query) {
    LOG.warn("metric query failed: {} (query: {})", reason, query);
    return new Failed(reason);
  }

  /** The token, from its file at each query so that a rotated one is used. */
  private Optional<String> token() {
    if (settings.tokenFile().isEmpty()) {
      return settings.token();
    }
    try {
      return Optional.of(Files.readString(settings.tokenFile().get()).strip())
          .filter(t -> !t.isEmpty());
    } catch (IOException e) {
      throw new TokenUnreadable("the token file " + settings.tokenFile().get() + " cannot be read");
    }
  }

  /** Unix seconds with milliseconds, as Prometheus reads {@code time}. */
  static String seconds(Instant at) {
    return BigDecimal.valueOf(at.toEpochMilli(), 3).toPlainString();
  }

  private static final class TokenUnreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TokenUnreadable(String message) {
      super(message, null, false, false);
    }
  }
}
