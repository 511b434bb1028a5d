package dev.aiir.commands.incident;

import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimeFormats;

/** The words of the incident commands, in one place so that wording is easy to find and test. */
public final class IncidentMessages {
  private IncidentMessages() {}

  public static String declaredEntry(String handle, Severity severity) {
    return "Incident declared by " + handle + " (" + severity.label() + ")";
  }

  public static String alertEntry() {
    return "Monitoring alert triggered";
  }

  /** The card's commander while nobody commands the incident (one an alert declared). */
  public static String noCommander() {
    return "nobody yet (the first to `/incident ack` takes command)";
  }

  public static String ackTookCommand(String handle) {
    return handle + " is now commander (acknowledged an incident nobody commanded)";
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

  static String noIncidentChannel() {
    return "The incident channel could not be created; see the bot's log.";
  }

  /** The incident is recorded all the same; what the bot cannot do here, and how to let it. */
  static String noIncidentChannelOutsideWorkspace(String howToInvite) {
    return "No incident channel: " + howToInvite;
  }

  static String withReason(String reason) {
    return reason == null || reason.isBlank() ? "" : ": " + reason;
  }
}
