package dev.aiir.bot.alerts;

import dev.aiir.bot.config.AlertSourceSettings;
import dev.aiir.bot.config.Secret;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.bot.http.KeepAliveClient;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.model.AlertSource;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A warm-up pass over the path of an alert, as the Slack warm-up's over a command's: Alertmanager
 * notifications over loopback HTTP to an endpoint of its own, through the JSON parsing, the
 * routing, the intake's declaration and repeat paths and the store, as a storm sends them (one
 * declaration per fingerprint, then repeats). So the compilers have compiled that path before an
 * alert storm, which comes all at once, reaches a freshly started bot. Half the notifications are
 * declarations: the code only a declaration runs (the incident's record, timeline and card) ran too
 * few times to be compiled when fifty were, and a storm's declarations, each waiting for the ones
 * before it, took twice as long. {@code bot} must be built on a throwaway store and a silent chat
 * platform, with its alerts routed to a throwaway channel: the caller's.
 */
public final class AlertWarmUp {
  private static final String LOOPBACK = "127.0.0.1";
  private static final long HELD_BACK_MILLIS = 5;

  private AlertWarmUp() {}

  /**
   * Sends up to {@code requests} notifications, one at a time, until {@code stop} says so, each
   * held back while {@code holdBack} does. Returns how many were answered 200.
   */
  public static int run(
      IncidentBot bot, int requests, BooleanSupplier stop, BooleanSupplier holdBack)
      throws Exception {
    String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    AlertSourceSettings source =
        AlertSourceSettings.bearer(AlertSource.ALERTMANAGER, new Secret(token, "the warm-up"));
    HttpServer http = new HttpServer();
    try {
      String path = AlertEndpoints.path(AlertSource.ALERTMANAGER);
      http.post(path, new AlertEndpoint(source, bot, new BotMetrics(), Clock.systemUTC()));
      int port = http.start(LOOPBACK, 0);
      Map<String, String> headers =
          Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
      int answered = 0;
      try (KeepAliveClient client = new KeepAliveClient(LOOPBACK, port)) {
        for (int n = 0; n < requests && !stop.getAsBoolean(); n++) {
          while (holdBack.getAsBoolean() && !stop.getAsBoolean()) {
            Thread.sleep(HELD_BACK_MILLIS);
          }
          if (client.post(path, headers, notification(fingerprint(n, requests))).status() == 200) {
            answered++;
          }
        }
      }
      return answered;
    } finally {
      http.close();
    }
  }

  /**
   * The fingerprint of notification {@code n} of {@code requests}: the first half each new (a
   * declaration), the second half the same again (repeats).
   */
  static int fingerprint(int n, int requests) {
    return n % Math.max(1, requests / 2);
  }

  /** Alertmanager's webhook JSON (version 4) with one firing alert. */
  static String notification(int fingerprint) {
    String name = "warm-up-" + fingerprint;
    return """
        {"version":"4","status":"firing","receiver":"aiir","groupKey":"{}:{alertname=\\"%1$s\\"}",\
        "groupLabels":{"alertname":"%1$s"},"commonLabels":{"alertname":"%1$s"},\
        "externalURL":"http://alertmanager.warm-up:9093","truncatedAlerts":0,\
        "alerts":[{"status":"firing","fingerprint":"%1$s",\
        "labels":{"alertname":"%1$s","service":"warm-up","severity":"warning"},\
        "annotations":{"summary":"Warm-up alert %1$s"},\
        "startsAt":"2026-01-01T00:00:00Z","endsAt":"0001-01-01T00:00:00Z",\
        "generatorURL":"http://prometheus.warm-up:9090/graph"}]}"""
        .formatted(name);
  }
}
