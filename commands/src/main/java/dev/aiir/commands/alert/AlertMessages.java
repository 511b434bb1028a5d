package dev.aiir.commands.alert;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertLines;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimeFormats;
import java.util.ArrayList;
import java.util.List;

/** The words of alerts: their timeline entries, offers and notices, in one place. */
public final class AlertMessages {
  private AlertMessages() {}

  static String detectionEntry(Alert alert) {
    return "Monitoring alert triggered: " + alert.title() + " (" + alert.source().label() + ")";
  }

  static String firingAgainEntry(Alert alert) {
    return "Alert firing again: " + alert.title() + " (" + alert.source().label() + ")";
  }

  static String resolvedEntry(Alert alert) {
    return "Alert resolved: " + alert.title() + " (" + alert.source().label() + ")";
  }

  static String truncatedEntry(AlertSource source, int count, String externalUrl) {
    return source.label()
        + " left "
        + count
        + (count == 1 ? " alert" : " alerts")
        + " of this group out of its notification (truncatedAlerts)"
        + (externalUrl == null ? "" : "; see them at " + externalUrl);
  }

  /** To the commander when the alert resolved but the route leaves resolving to people. */
  static String resolvedNudge(Incident incident, Alert alert, java.time.Instant at) {
    String who = incident.commander().map(c -> c.handle() + ", ").orElse("");
    return incident.id()
        + ": "
        + who
        + "the alert "
        + alert.title()
        + " ("
        + alert.source().label()
        + ") resolved at "
        + TimeFormats.clock(at)
        + ". If the incident is over, resolve it with `/incident resolve --id "
        + incident.id()
        + "`; the alert does not resolve it by itself.";
  }

  static String firingAgainNotice(Incident incident, Alert alert, java.time.Instant since) {
    return incident.id()
        + ": the alert "
        + alert.title()
        + " ("
        + alert.source().label()
        + ") is firing again since "
        + TimeFormats.clock(since)
        + ".";
  }

  static String autoResolvedSummary(Alert alert) {
    return "the alert " + alert.title() + " resolved (auto_resolve)";
  }

  /** The lines a declared incident's card adds about the alert that declared it. */
  static List<String> cardLines(Alert alert) {
    List<String> lines = new ArrayList<>();
    lines.add("Declared from an alert: " + alert.title() + " (" + alert.source().label() + ")");
    lines.addAll(AlertLines.links(alert));
    return lines;
  }

  /** An alert posted for a person to decide, with its Declare button. */
  static Message offer(AlertRecord record, Severity severity) {
    Alert alert = record.alert();
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Severity", severity.label() + " if declared"));
    fields.add(new Field("Firing since", TimeFormats.dateTime(alert.startsAt())));
    if (!alert.labels().isEmpty()) {
      fields.add(new Field("Labels", AlertLines.labels(alert.labels())));
    }
    List<String> lines = new ArrayList<>(AlertLines.annotations(alert.annotations()));
    lines.addAll(AlertLines.links(alert));
    lines.add("Declare an incident from it? Whoever presses Declare becomes its commander.");
    return Message.of(alert.source().label() + " alert: " + alert.title(), fields, lines);
  }

  static String offerResolved(Alert alert, java.time.Instant at) {
    return "The alert "
        + alert.title()
        + " ("
        + alert.source().label()
        + ") resolved at "
        + TimeFormats.clock(at)
        + " before anyone declared an incident from it.";
  }

  static String unknownOffer() {
    return "This alert is no longer in the store; declare by hand with `/incident declare`.";
  }

  static String alreadyDeclared(AlertRecord record) {
    return "An incident was already declared from this alert: "
        + record.incident()
        + ". `/incident status --id "
        + record.incident()
        + "` shows it.";
  }

  static String offerClosed(AlertRecord record) {
    return "This alert resolved at "
        + TimeFormats.clock(record.changedAt())
        + " before anyone declared it. If it still needs an incident, declare one with"
        + " `/incident declare <title> --detected "
        + record.alert().startsAt()
        + "`.";
  }

  static String channelOpened(Incident incident, String channelName) {
    return incident.id() + ": incident channel #" + channelName + " (commands there act on it).";
  }

  /** The author of an alert's entries. */
  static UserRef author(Alert alert) {
    return alert.source().author();
  }
}
