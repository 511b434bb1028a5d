package dev.aiir.bot.alerts;

import dev.aiir.bot.config.AlertSourceSettings;
import dev.aiir.bot.http.HttpAnswer;
import dev.aiir.bot.http.HttpCall;
import dev.aiir.bot.http.Route;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.alert.AlertBatch;
import dev.aiir.commands.alert.IntakeReport;
import dev.aiir.commands.model.AlertSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /alerts/<source>}: checks the source's credential (401 and nothing changed when it is
 * missing or wrong), reads the body (400 with a short reason when it is not the source's JSON), and
 * hands the alerts to the core. 200 once everything is committed, with what each alert came to
 * (even when no route took it: the notification was received, and a retry would change nothing).
 * Each refusal and each alert taken is counted on {@code /metrics}.
 */
final class AlertEndpoint implements Route {
  private static final Logger LOG = LoggerFactory.getLogger(AlertEndpoint.class);
  private final AlertSource source;
  private final Credentials credentials;
  private final IncidentBot bot;
  private final BotMetrics metrics;
  private final Clock clock;

  AlertEndpoint(AlertSourceSettings settings, IncidentBot bot, BotMetrics metrics, Clock clock) {
    this.source = settings.source();
    this.credentials = new Credentials(settings, clock);
    this.bot = bot;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public HttpAnswer answer(HttpCall call) {
    metrics.alertNotificationArrived();
    try {
      return checkedAndTaken(call);
    } finally {
      metrics.alertNotificationAnswered();
    }
  }

  private HttpAnswer checkedAndTaken(HttpCall call) {
    Optional<String> refusal = credentials.refusal(call);
    if (refusal.isPresent()) {
      LOG.warn(
          "{} notification from {} refused: {}",
          source.label(),
          call.remoteAddress(),
          refusal.get());
      metrics.alertRejected(source.key(), "unauthorized");
      return AlertAnswer.unauthorized();
    }
    AlertBatch batch;
    try {
      batch = read(call.body(), clock.instant());
    } catch (PayloadProblem problem) {
      LOG.info("{} notification refused: {}", source.label(), problem.getMessage());
      metrics.alertRejected(source.key(), problem.kind().tag());
      return AlertAnswer.badRequest(problem.getMessage());
    }
    IntakeReport report = bot.receive(batch);
    report
        .results()
        .forEach(r -> metrics.alertTaken(source.key(), AlertAnswer.action(r.outcome())));
    return AlertAnswer.taken(report);
  }

  @Override
  public void refusedTooLarge() {
    metrics.alertRejected(source.key(), "too_large");
  }

  private AlertBatch read(String body, Instant now) {
    return source == AlertSource.WEBHOOK
        ? WebhookJson.read(body, now)
        : AlertmanagerJson.read(body, source, now);
  }
}
