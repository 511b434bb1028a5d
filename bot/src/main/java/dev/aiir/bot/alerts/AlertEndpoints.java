package dev.aiir.bot.alerts;

import dev.aiir.bot.config.AlertSourceSettings;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.model.AlertSource;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert endpoints on the bot's HTTP port, one per configured source: {@code POST
 * /alerts/alertmanager}, {@code /alerts/grafana} and {@code /alerts/webhook}. A source the
 * configuration does not name has no endpoint (404).
 */
public final class AlertEndpoints {
  private static final Logger LOG = LoggerFactory.getLogger(AlertEndpoints.class);

  private AlertEndpoints() {}

  /** The path a source posts to. */
  public static String path(AlertSource source) {
    return "/alerts/" + source.key();
  }

  /**
   * Adds the endpoints of {@code sources} to {@code http}, counting what they take and refuse in
   * {@code metrics}; {@code clock} is real time, for signatures' timestamps and alerts sent without
   * a start.
   */
  public static void serve(
      HttpServer http,
      Map<AlertSource, AlertSourceSettings> sources,
      IncidentBot bot,
      BotMetrics metrics,
      Clock clock) {
    sources.forEach(
        (source, settings) -> {
          http.post(path(source), new AlertEndpoint(settings, bot, metrics, clock));
          LOG.info("alerts from {} taken at POST {} ({})", source.label(), path(source), settings);
        });
  }
}
