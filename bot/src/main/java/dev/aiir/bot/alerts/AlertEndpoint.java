package dev.aiir.bot.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiir.bot.config.AlertSourceSettings;
import dev.aiir.bot.http.HttpAnswer;
import dev.aiir.bot.http.HttpCall;
import dev.aiir.bot.http.Route;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.alert.AlertBatch;
import dev.aiir.commands.alert.IntakeReport;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.IncidentId;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /alerts/<source>}: checks the source's credential (401 and nothing changed when it is
 * missing or wrong), reads the body (400 with a short reason when it is not the source's JSON), and
 * hands the alerts to the core. 200 once everything is committed, with what each alert came to; 202
 * when no route took any of them.
 */
final class AlertEndpoint implements Route {
  private static final Logger LOG = LoggerFactory.getLogger(AlertEndpoint.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final AlertSource source;
  private final Credentials credentials;
  private final IncidentBot bot;
  private final Clock clock;

  AlertEndpoint(AlertSourceSettings settings, IncidentBot bot, Clock clock) {
    this.source = settings.source();
    this.credentials = new Credentials(settings, clock);
    this.bot = bot;
    this.clock = clock;
  }

  @Override
  public HttpAnswer answer(HttpCall call) {
    Optional<String> refusal = credentials.refusal(call);
    if (refusal.isPresent()) {
      LOG.warn(
          "{} notification from {} refused: {}",
          source.label(),
          call.remoteAddress(),
          refusal.get());
      return answer(401, status("unauthorized"));
    }
    AlertBatch batch;
    try {
      batch = read(call.body(), clock.instant());
    } catch (PayloadProblem problem) {
      LOG.info("{} notification refused: {}", source.label(), problem.getMessage());
      return answer(400, status("bad request").put("reason", problem.getMessage()));
    }
    IntakeReport report = bot.receive(batch);
    if (report.nothingRouted()) {
      return answer(202, status("no route").put("alerts", report.results().size()));
    }
    return answer(200, summary(report));
  }

  private AlertBatch read(String body, Instant now) {
    return source == AlertSource.WEBHOOK
        ? WebhookJson.read(body, now)
        : AlertmanagerJson.read(body, source, now);
  }

  /** {@code {"status":"ok","declared":1,...,"incidents":["AI-IR-2026-001"]}}. */
  private static ObjectNode summary(IntakeReport report) {
    ObjectNode json = status("ok");
    report
        .counts()
        .forEach((outcome, count) -> json.put(outcome.name().toLowerCase(Locale.ROOT), count));
    ArrayNode incidents = json.putArray("incidents");
    report.incidents().stream().map(IncidentId::value).forEach(incidents::add);
    return json;
  }

  private static ObjectNode status(String status) {
    return JSON.createObjectNode().put("status", status);
  }

  private static HttpAnswer answer(int status, ObjectNode json) {
    return new HttpAnswer(status, HttpAnswer.JSON, json.toString());
  }
}
