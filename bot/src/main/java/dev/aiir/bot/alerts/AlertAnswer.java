package dev.aiir.bot.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiir.bot.http.HttpAnswer;
import dev.aiir.commands.alert.IntakeReport;
import dev.aiir.commands.alert.IntakeReport.Outcome;
import dev.aiir.commands.model.IncidentId;

/**
 * The JSON an alert endpoint answers: {@code {"status":"ok","incidents":[{"id":"AI-IR-2026-042",
 * "fingerprint":"1a30ba71cca2921f","action":"declared"}]}}, one object per alert (or group) in the
 * order sent, or a refusal's status and reason.
 */
final class AlertAnswer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AlertAnswer() {}

  /**
   * The word a sender reads for an outcome: {@code declared}, {@code updated} (its status changed),
   * {@code unchanged} (a repeat), {@code posted} (offered with a Declare button: no incident yet),
   * {@code ignored} (resolved with nothing open) and {@code unrouted} (no route took it).
   */
  static String action(Outcome outcome) {
    return switch (outcome) {
      case DECLARED -> "declared";
      case UPDATED -> "updated";
      case REPEATED -> "unchanged";
      case OFFERED -> "posted";
      case IGNORED -> "ignored";
      case UNROUTED -> "unrouted";
    };
  }

  /** 200 with what each alert came to; {@code id} is null when it is on no incident. */
  static HttpAnswer taken(IntakeReport report) {
    ObjectNode json = status("ok");
    ArrayNode incidents = json.putArray("incidents");
    for (IntakeReport.Result result : report.results()) {
      ObjectNode one = incidents.addObject();
      one.put("id", result.incident().map(IncidentId::value).orElse(null));
      one.put("fingerprint", result.fingerprint());
      one.put("action", action(result.outcome()));
    }
    return answer(200, json);
  }

  static HttpAnswer unauthorized() {
    return answer(401, status("unauthorized"));
  }

  static HttpAnswer badRequest(String reason) {
    return answer(400, status("bad request").put("reason", reason));
  }

  private static ObjectNode status(String status) {
    return JSON.createObjectNode().put("status", status);
  }

  private static HttpAnswer answer(int status, ObjectNode json) {
    return new HttpAnswer(status, HttpAnswer.JSON, json.toString());
  }
}
