package dev.aiir.bot.config;

import static dev.aiir.bot.config.EnvironmentVariables.value;

import dev.aiir.commands.model.Durations;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the rollout gates' metrics are: a Prometheus-compatible HTTP API ({@code
 * AIIR_PROMETHEUS_URL}), an optional bearer token given as a value ({@code AIIR_PROMETHEUS_TOKEN})
 * or as a file read at each query, so a rotated token is picked up ({@code
 * AIIR_PROMETHEUS_TOKEN_FILE}), and how long a query may take ({@code AIIR_PROMETHEUS_TIMEOUT}).
 * The token is held but never printed.
 */
public record PrometheusSettings(
    URI url, Optional<String> token, Optional<Path> tokenFile, Duration timeout) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public PrometheusSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(tokenFile, "tokenFile");
    Objects.requireNonNull(timeout, "timeout");
  }

  /** The settings the environment gives; empty without {@code AIIR_PROMETHEUS_URL}. */
  static Optional<PrometheusSettings> fromEnvironment(Map<String, String> env) {
    Optional<String> url = value(env, "AIIR_PROMETHEUS_URL");
    if (url.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> token = value(env, "AIIR_PROMETHEUS_TOKEN");
    Optional<Path> tokenFile = value(env, "AIIR_PROMETHEUS_TOKEN_FILE").map(Path::of);
    if (token.isPresent() && tokenFile.isPresent()) {
      throw new ConfigurationException(
          "set AIIR_PROMETHEUS_TOKEN or AIIR_PROMETHEUS_TOKEN_FILE, not both");
    }
    if (tokenFile.isPresent() && !Files.isReadable(tokenFile.get())) {
      throw new ConfigurationException(
          "AIIR_PROMETHEUS_TOKEN_FILE names " + tokenFile.get() + ", which cannot be read");
    }
    return Optional.of(new PrometheusSettings(uri(url.get()), token, tokenFile, timeout(env)));
  }

  private static URI uri(String text) {
    try {
      URI uri = new URI(text);
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (!web || uri.getHost() == null) {
        throw new ConfigurationException(
            "AIIR_PROMETHEUS_URL must be an http(s) URL such as http://prometheus:9090");
      }
      if (uri.getUserInfo() != null) {
        throw new ConfigurationException(
            "AIIR_PROMETHEUS_URL must not carry credentials; give a token in"
                + " AIIR_PROMETHEUS_TOKEN or AIIR_PROMETHEUS_TOKEN_FILE");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ConfigurationException(
          "AIIR_PROMETHEUS_URL must be an http(s) URL such as http://prometheus:9090");
    }
  }

  private static Duration timeout(Map<String, String> env) {
    Optional<String> text = value(env, "AIIR_PROMETHEUS_TIMEOUT");
    if (text.isEmpty()) {
      return DEFAULT_TIMEOUT;
    }
    return Durations.parse(text.get())
        .filter(d -> d.compareTo(Duration.ofSeconds(1)) >= 0)
        .filter(d -> d.compareTo(Duration.ofMinutes(2)) <= 0)
        .orElseThrow(
            () ->
                new ConfigurationException(
                    "AIIR_PROMETHEUS_TIMEOUT '"
                        + text.get()
                        + "' is not a duration from 1s to 2m, such as 10s"));
  }

  @Override
  public String toString() {
    return "prometheus["
        + url
        + (token.isPresent() ? ", token set" : "")
        + tokenFile.map(f -> ", token file " + f).orElse("")
        + ", timeout "
        + Durations.compact(timeout)
        + "]";
  }
}
