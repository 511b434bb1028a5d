package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.bot.config.ExportTargetSettings;
import dev.aiir.bot.config.Secret;
import dev.aiir.bot.http.HttpAnswer;
import dev.aiir.bot.http.HttpCall;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.export.TrackerSync;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.TrackerEvent;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trackers' webhooks on the bot's HTTP port, for each tracker whose configuration has a webhook
 * secret: {@code POST /exports/github/webhook}, {@code /exports/gitlab/webhook} and {@code
 * /exports/jira/webhook}. An issue aiir exported that is closed or reopened there closes or reopens
 * its action item. A request that does not prove itself gets 401 and changes nothing; one that is
 * not the tracker's JSON gets 400.
 */
public final class TrackerWebhooks {
  private static final Logger LOG = LoggerFactory.getLogger(TrackerWebhooks.class);
  private final ExportTarget target;
  private final Secret secret;
  private final IncidentBot bot;
  private final Clock clock;

  private TrackerWebhooks(ExportTarget target, Secret secret, IncidentBot bot, Clock clock) {
    this.target = target;
    this.secret = secret;
    this.bot = bot;
    this.clock = clock;
  }

  /** The path a tracker's webhook posts to. */
  public static String path(ExportTarget target) {
    return "/exports/" + target.key() + "/webhook";
  }

  /** Adds the webhook of every tracker in {@code targets} that has a secret set up. */
  public static void serve(
      HttpServer http,
      Map<ExportTarget, ExportTargetSettings> targets,
      IncidentBot bot,
      Clock clock) {
    targets.forEach(
        (target, settings) -> {
          if (target.isTracker() && settings.webhookSecret().isPresent()) {
            TrackerWebhooks hook =
                new TrackerWebhooks(target, settings.webhookSecret().get(), bot, clock);
            http.post(path(target), hook::answer);
            LOG.info(
                "{} webhook taken at POST {} (secret from {})",
                target.label(),
                path(target),
                settings.webhookSecret().get().origin());
          }
        });
  }

  HttpAnswer answer(HttpCall call) {
    if (!proven(call)) {
      LOG.warn("{} webhook refused from {}: no valid proof", target.label(), call.remoteAddress());
      return json(401, "{\"status\":\"unauthorized\"}");
    }
    JsonNode body;
    try {
      body = VendorHttp.JSON.readTree(call.body());
    } catch (IOException e) {
      return json(400, "{\"status\":\"bad request\",\"reason\":\"the body is not JSON\"}");
    }
    if (body == null || !body.isObject()) {
      return json(400, "{\"status\":\"bad request\",\"reason\":\"the body is not a JSON object\"}");
    }
    Optional<TrackerEvent> event = event(call, body);
    if (event.isEmpty()) {
      return json(200, "{\"status\":\"ignored\"}");
    }
    TrackerSync.Result result = bot.trackerEvent(event.get());
    LOG.info(
        "{} says {} is {}: {}",
        target.label(),
        event.get().key(),
        event.get().closed() ? "closed" : "open",
        result);
    return switch (result) {
      case APPLIED -> json(200, "{\"status\":\"applied\"}");
      case UNCHANGED -> json(200, "{\"status\":\"unchanged\"}");
      case UNKNOWN_ISSUE -> json(202, "{\"status\":\"unknown issue\"}");
    };
  }

  private boolean proven(HttpCall call) {
    return switch (target) {
      case GITHUB -> WebhookProof.signed(call, "X-Hub-Signature-256", secret);
      case GITLAB -> WebhookProof.token(call, "X-Gitlab-Token", secret);
      case JIRA ->
          WebhookProof.signed(call, "X-Hub-Signature", secret)
              || WebhookProof.query(call, "secret", secret);
      default -> false;
    };
  }

  private Optional<TrackerEvent> event(HttpCall call, JsonNode body) {
    return switch (target) {
      case GITHUB -> github(call, body);
      case GITLAB -> gitlab(body);
      case JIRA -> jira(body);
      default -> Optional.empty();
    };
  }

  /** An {@code issues} event whose action is {@code closed} or {@code reopened}. */
  private Optional<TrackerEvent> github(HttpCall call, JsonNode body) {
    if (!call.header("X-GitHub-Event").orElse("").equals("issues")) {
      return Optional.empty();
    }
    String action = body.path("action").asText();
    if (!action.equals("closed") && !action.equals("reopened")) {
      return Optional.empty();
    }
    String key =
        body.path("repository").path("full_name").asText()
            + "#"
            + body.path("issue").path("number").asText();
    return Optional.of(
        new TrackerEvent(
            target,
            key,
            action.equals("closed"),
            text(body.path("sender").path("login")),
            clock.instant()));
  }

  /**
   * An issue event ({@code object_kind: issue}) whose action is {@code close} or {@code reopen}.
   */
  private Optional<TrackerEvent> gitlab(JsonNode body) {
    if (!body.path("object_kind").asText().equals("issue")) {
      return Optional.empty();
    }
    String action = body.path("object_attributes").path("action").asText();
    if (!action.equals("close") && !action.equals("reopen")) {
      return Optional.empty();
    }
    String key =
        body.path("project").path("path_with_namespace").asText()
            + "#"
            + body.path("object_attributes").path("iid").asText();
    return Optional.of(
        new TrackerEvent(
            target,
            key,
            action.equals("close"),
            text(body.path("user").path("username")),
            clock.instant()));
  }

  /**
   * {@code jira:issue_updated} whose changelog changes the status: closed when the new status is in
   * the Done category, open again otherwise.
   */
  private Optional<TrackerEvent> jira(JsonNode body) {
    if (!body.path("webhookEvent").asText().equals("jira:issue_updated")) {
      return Optional.empty();
    }
    boolean statusChanged = false;
    for (JsonNode item : body.path("changelog").path("items")) {
      statusChanged |= item.path("field").asText().equals("status");
    }
    if (!statusChanged) {
      return Optional.empty();
    }
    JsonNode issue = body.path("issue");
    boolean done =
        issue
            .path("fields")
            .path("status")
            .path("statusCategory")
            .path("key")
            .asText()
            .equals("done");
    return Optional.of(
        new TrackerEvent(
            target,
            issue.path("key").asText(),
            done,
            text(body.path("user").path("displayName")),
            clock.instant()));
  }

  private static String text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }

  private static HttpAnswer json(int status, String body) {
    return new HttpAnswer(status, HttpAnswer.JSON, body);
  }
}
