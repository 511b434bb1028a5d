package dev.aiir.commands.incident;

import dev.aiir.commands.timeline.TimeFormats;
import java.util.Optional;

/** The words of the incident commands, in one place so that wording is easy to find and test. */
public final class IncidentMessages {
  static final String EXAMPLE_ID = "AI-IR-2026-042";

  private IncidentMessages() {}

  public static String notFound(Optional<IncidentId> target) {
    return target
        .map(
            id -> "No incident " + id + " in this workspace. `/incident list` shows the open ones.")
        .orElse(
            "No incident is bound to this channel. Run the command in the incident's channel, "
                + "or name it with --id "
                + EXAMPLE_ID
                + ".");
  }

  public static String closed(Incident incident) {
    return incident.id() + " is closed; its record can no longer change.";
  }

  public static String notAllowed(Incident incident, String action) {
    String commander = incident.commander().map(u -> " (" + u.handle() + ")").orElse("");
    return "Only the commander"
        + commander
        + " or an incident admin can "
        + action
        + " "
        + incident.id()
        + ".";
  }

  public static String declaredEntry(String handle, Severity severity) {
    return "Incident declared by " + handle + " (" + severity.label() + ")";
  }

  public static String alertEntry() {
    return "Monitoring alert triggered";
  }

  public static String ackEntry(String handle) {
    return "On-call engineer confirmed (" + handle + ")";
  }

  public static String severityEntry(Severity from, Severity to, String reason) {
    String direction = to.isWorseThan(from) ? "upgraded" : "downgraded";
    return "Severity " + direction + " to " + to.label() + withReason(reason);
  }

  public static String roleEntry(String handle, Role role) {
    return handle + " is now " + role.label();
  }

  public static String rollbackEntry(String model, String version, String reason) {
    return "Model " + model + " rolled back to " + version + withReason(reason);
  }

  public static String resolvedEntry(String summary) {
    return "Incident resolved" + withReason(summary);
  }

  public static String resolvedReply(Incident incident) {
    return incident.id()
        + " resolved after "
        + TimeFormats.words(incident.duration(incident.resolvedAt()))
        + " (detection to resolution). The PIR is due by "
        + TimeFormats.dateTime(incident.pirDueAt())
        + ": draft it with `/incident pir draft`.";
  }

  static String withReason(String reason) {
    return reason == null || reason.isBlank() ? "" : ": " + reason;
  }
}
