package dev.aiir.bot.config;

import static dev.aiir.bot.config.EnvironmentVariables.value;

import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.InsightSettings;
import dev.aiir.db.StoreUrl;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The process's configuration, read from environment variables (SPEC section 8) and the file that
 * {@code AIIR_CONFIG} names (rollout plan, managers). Secrets are held but never printed: {@link
 * #toString()} names only which are set.
 */
public record Settings(
    String databaseUrl,
    CoreSettings core,
    String consoleUser,
    String consoleChannel,
    Optional<SlackSettings> slack,
    Optional<String> discordToken,
    int port,
    long timeScale,
    Optional<String> configFile,
    Map<AlertSource, AlertSourceSettings> alertSources,
    PageSettings page,
    Optional<PrometheusSettings> prometheus,
    Map<ExportTarget, ExportTargetSettings> exportTargets) {

  public Settings {
    alertSources = Map.copyOf(alertSources);
    exportTargets = Map.copyOf(exportTargets);
  }

  public static final String DEFAULT_DB_URL = "jdbc:sqlite:aiir.db";
  public static final int DEFAULT_PORT = 3000;
  static final long MAX_TIME_SCALE = 1_000_000;

  /** Reads the settings; a bad value stops start-up with a message that names the variable. */
  public static Settings fromEnvironment(Map<String, String> env) {
    String prefix = value(env, "AIIR_ID_PREFIX").orElse(CoreSettings.DEFAULT_PREFIX);
    if (!prefix.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*")) {
      throw new ConfigurationException(
          "AIIR_ID_PREFIX must be upper-case letters, digits and dashes, such as AI-IR");
    }
    Optional<String> configFile = value(env, "AIIR_CONFIG");
    FileConfig file =
        configFile.map(p -> ConfigFile.load(Path.of(p), env)).orElse(FileConfig.defaults());
    AlertsConfig alerts = AlertsEnvironment.complete(file.alerts(), env);
    Optional<PrometheusSettings> prometheus = PrometheusSettings.fromEnvironment(env);
    if (prometheus.isEmpty() && hasMetricCriteria(file)) {
      throw new ConfigurationException(
          "AIIR_CONFIG "
              + configFile.orElse("")
              + ": the rollout plan has metric criteria, so set AIIR_PROMETHEUS_URL (the"
              + " Prometheus to query)");
    }
    CoreSettings core =
        new CoreSettings(
                prefix, zone(env), Duration.ofHours(72), flag(env, "AIIR_INCIDENT_CHANNELS"))
            .withRolloutPlan(file.rolloutPlan())
            .withManagers(file.managers())
            .withNudges(file.nudges())
            .withDigest(file.digest())
            .withAlerts(alerts.routing())
            .withInsights(new InsightSettings(publicUrl(env)))
            .withExports(file.exports().routes());
    return new Settings(
        value(env, "AIIR_DB_URL").orElse(DEFAULT_DB_URL),
        core,
        value(env, "AIIR_CONSOLE_USER").orElse("console"),
        value(env, "AIIR_CONSOLE_CHANNEL").orElse("console"),
        slack(env),
        value(env, "DISCORD_TOKEN"),
        port(env),
        timeScale(env),
        configFile,
        alerts.sources(),
        PageSettings.fromEnvironment(env),
        prometheus,
        file.exports().targets());
  }

  private static boolean hasMetricCriteria(FileConfig file) {
    return file.rolloutPlan().phases().stream().anyMatch(p -> !p.gate().isEmpty());
  }

  /** The same settings with other core settings. */
  public Settings withCore(CoreSettings value) {
    return new Settings(
        databaseUrl,
        value,
        consoleUser,
        consoleChannel,
        slack,
        discordToken,
        port,
        timeScale,
        configFile,
        alertSources,
        page,
        prometheus,
        exportTargets);
  }

  /** The same settings on another port (0: any free one). */
  public Settings withPort(int value) {
    return new Settings(
        databaseUrl,
        core,
        consoleUser,
        consoleChannel,
        slack,
        discordToken,
        value,
        timeScale,
        configFile,
        alertSources,
        page,
        prometheus,
        exportTargets);
  }

  /** The same settings with the incident page served as {@code value} says. */
  public Settings withPage(PageSettings value) {
    return new Settings(
        databaseUrl,
        core,
        consoleUser,
        consoleChannel,
        slack,
        discordToken,
        port,
        timeScale,
        configFile,
        alertSources,
        value,
        prometheus,
        exportTargets);
  }

  /** {@code AIIR_PUBLIC_URL}: an http(s) address, where people reach the page from outside. */
  private static Optional<String> publicUrl(Map<String, String> env) {
    Optional<String> url = value(env, "AIIR_PUBLIC_URL");
    if (url.isPresent()) {
      try {
        java.net.URI uri = new java.net.URI(url.get());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https"))
            && uri.getHost() != null
            && uri.getQuery() == null
            && uri.getFragment() == null) {
          return url;
        }
      } catch (java.net.URISyntaxException e) {
        // Reported below with the variable's name.
      }
      throw new ConfigurationException(
          "AIIR_PUBLIC_URL must be an http(s) address without query, such as"
              + " https://aiir.example.com, not '"
              + url.get()
              + "'");
    }
    return url;
  }

  /** {@code AIIR_TIME_SCALE}: how many times faster than real time the timers run (drills). */
  private static long timeScale(Map<String, String> env) {
    Optional<String> text = value(env, "AIIR_TIME_SCALE");
    if (text.isEmpty()) {
      return 1;
    }
    try {
      long scale = Long.parseLong(text.get());
      if (scale >= 1 && scale <= MAX_TIME_SCALE) {
        return scale;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message below.
    }
    throw new ConfigurationException(
        "AIIR_TIME_SCALE must be a whole number from 1 to "
            + MAX_TIME_SCALE
            + ", such as 3600 (an hour of timers per second)");
  }

  public boolean anyPlatformToken() {
    return slack.isPresent() || discordToken.isPresent();
  }

  private static Optional<SlackSettings> slack(Map<String, String> env) {
    Optional<String> token = value(env, "SLACK_BOT_TOKEN");
    if (token.isEmpty()) {
      return Optional.empty();
    }
    SlackSettings slack =
        new SlackSettings(
            token.get(),
            value(env, "SLACK_APP_TOKEN"),
            value(env, "SLACK_SIGNING_SECRET"),
            value(env, "SLACK_API_URL"),
            list(env, "AIIR_SLACK_ADMINS"),
            value(env, "AIIR_SLACK_ADMIN_GROUP"));
    if (!slack.socketMode() && slack.signingSecret().isEmpty()) {
      throw new ConfigurationException(
          "SLACK_SIGNING_SECRET is needed to verify Slack's requests in HTTP mode"
              + " (or set SLACK_APP_TOKEN for Socket Mode)");
    }
    return Optional.of(slack);
  }

  private static int port(Map<String, String> env) {
    String text = value(env, "PORT").orElse(Integer.toString(DEFAULT_PORT));
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below with the variable's name.
    }
    throw new ConfigurationException("PORT '" + text + "' is not a port number (0 to 65535)");
  }

  private static boolean flag(Map<String, String> env, String name) {
    String text = value(env, name).orElse("false").toLowerCase(Locale.ROOT);
    if (Set.of("true", "yes", "on", "1").contains(text)) {
      return true;
    }
    if (Set.of("false", "no", "off", "0").contains(text)) {
      return false;
    }
    throw new ConfigurationException(name + " must be true or false, not '" + text + "'");
  }

  private static Set<String> list(Map<String, String> env, String name) {
    return value(env, name)
        .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()))
        .map(s -> s.collect(Collectors.toUnmodifiableSet()))
        .orElse(Set.of());
  }

  private static ZoneId zone(Map<String, String> env) {
    String name = value(env, "AIIR_TIMEZONE").orElse("UTC");
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw new ConfigurationException(
          "AIIR_TIMEZONE '" + name + "' is not a time zone; use a name such as Europe/Berlin");
    }
  }

  /** The store URL fit for a log line: the store's own masking, or nothing when it is malformed. */
  private String redactedDatabaseUrl() {
    try {
      return new StoreUrl(databaseUrl).redacted();
    } catch (IllegalArgumentException malformed) {
      return "(not a jdbc: URL)";
    }
  }

  /** {@code alertmanager (bearer),grafana (hmac)}: which sources may post, never their secrets. */
  private String alertSourcesText() {
    if (alertSources.isEmpty()) {
      return "off";
    }
    return alertSources.values().stream()
        .sorted(java.util.Comparator.comparing(AlertSourceSettings::source))
        .map(AlertSourceSettings::toString)
        .collect(Collectors.joining(","));
  }

  @Override
  public String toString() {
    return "Settings[db="
        + redactedDatabaseUrl()
        + ", prefix="
        + core.idPrefix()
        + ", zone="
        + core.teamZone()
        + ", incidentChannels="
        + core.incidentChannels()
        + ", slack="
        + (slack.isPresent() ? "set " + slack.get() : "unset")
        + ", discord="
        + (discordToken.isPresent() ? "set" : "unset")
        + ", port="
        + port
        + ", timeScale="
        + timeScale
        + ", config="
        + configFile.orElse("none")
        + ", alerts="
        + alertSourcesText()
        + ", page="
        + page
        + ", publicUrl="
        + core.insights().publicUrl().orElse("none")
        + ", metrics="
        + prometheus.map(PrometheusSettings::toString).orElse("none")
        + ", exports="
        + (exportTargets.isEmpty()
            ? "off"
            : exportTargets.keySet().stream()
                .sorted()
                .map(ExportTarget::key)
                .collect(Collectors.joining(",")))
        + "]";
  }
}
