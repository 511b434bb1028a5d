package dev.aiir.bot.config;

import static dev.aiir.bot.config.EnvironmentVariables.value;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.AlertRouting;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.SeverityMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alerts from environment variables alone, so that a deployment (or a check run from outside) needs
 * no configuration file: {@code AIIR_ALERTS_CHANNEL} is the route an alert takes when no route of
 * the file matches it (declare, standard severities), and {@code AIIR_ALERTS_TOKEN} the bearer
 * token of every source the file gives no credential of its own.
 */
final class AlertsEnvironment {
  static final String CHANNEL = "AIIR_ALERTS_CHANNEL";
  static final String TOKEN = "AIIR_ALERTS_TOKEN";
  private static final Pattern PLACE =
      Pattern.compile(
          "(slack|discord):([A-Za-z0-9_-]+)/([A-Za-z0-9_-]+)", Pattern.CASE_INSENSITIVE);

  private AlertsEnvironment() {}

  /** Whether either variable is set: the file may then leave out what it supplies. */
  static boolean routes(Map<String, String> env) {
    return value(env, CHANNEL).isPresent();
  }

  static boolean credentials(Map<String, String> env) {
    return value(env, TOKEN).isPresent();
  }

  /** The file's alerts completed by the variables; a bad value stops start-up naming it. */
  static AlertsConfig complete(AlertsConfig file, Map<String, String> env) {
    Optional<AlertRoute> channel = value(env, CHANNEL).map(AlertsEnvironment::route);
    Optional<Secret> token = value(env, TOKEN).map(t -> new Secret(t, "env " + TOKEN));
    if (channel.isEmpty() && token.isEmpty()) {
      return file;
    }
    Map<AlertSource, AlertSourceSettings> sources = new EnumMap<>(AlertSource.class);
    sources.putAll(file.sources());
    for (AlertSource source : AlertSource.values()) {
      if (sources.containsKey(source)) {
        continue;
      }
      // Without a credential an endpoint would take anyone's alerts: refuse to start instead.
      Secret secret =
          token.orElseThrow(
              () ->
                  new ConfigurationException(
                      CHANNEL
                          + " is set, so set "
                          + TOKEN
                          + " too (the bearer token alert sources send), or give "
                          + source.key()
                          + " a credential under alerts.sources in AIIR_CONFIG"));
      sources.put(source, AlertSourceSettings.bearer(source, secret));
    }
    AlertRouting routing = file.routing();
    // The file's own default route is more specific than a variable of the deployment.
    if (channel.isPresent() && routing.fallback().isEmpty()) {
      routing = new AlertRouting(routing.routes(), channel);
    }
    return new AlertsConfig(sources, routing);
  }

  private static AlertRoute route(String text) {
    Matcher place = PLACE.matcher(text);
    if (!place.matches()) {
      throw new ConfigurationException(
          CHANNEL
              + " must be slack:TEAM/CHANNEL or discord:GUILD/CHANNEL, such as"
              + " slack:T0123ABC/C0ALERTS, not '"
              + text
              + "'");
    }
    Tenant tenant =
        new Tenant(Platform.valueOf(place.group(1).toUpperCase(Locale.ROOT)), place.group(2));
    return new AlertRoute(
        CHANNEL,
        List.of(),
        tenant,
        place.group(3),
        AlertRoute.Mode.DECLARE,
        SeverityMap.standard(),
        false,
        false,
        Optional.empty());
  }
}
