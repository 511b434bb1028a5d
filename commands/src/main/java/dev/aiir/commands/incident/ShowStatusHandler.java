package dev.aiir.commands.incident;

import dev.aiir.commands.action.ActionMessages;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.AlertLines;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.TimeFormats;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.rollout.RolloutCards;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The incident at a glance: severity, state, roles, duration, PIR due, the rollout's phase and next
 * timer, its action items (how many are done, and their issues in trackers), the alert that opened
 * it (its labels and source, briefly), and the latest entries.
 */
public final class ShowStatusHandler extends IncidentHandler<ShowStatus> {
  static final int RECENT_ENTRIES = 5;

  public ShowStatusHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      ShowStatus command, CommandContext context, TenantStore tx, Incident incident) {
    List<TimelineEntry> timeline = tx.timeline().of(incident.id());
    List<Field> rollout =
        RolloutCards.fields(
            incident, tx.rollouts().of(incident.id()), core.settings().rolloutPlan(), core.now());
    List<AlertRecord> alerts = tx.alerts().of(incident.id());
    List<ActionItem> items = tx.actions().of(incident.id());
    if (!items.isEmpty()) {
      rollout = new ArrayList<>(rollout);
      rollout.add(
          new Field(
              "Action items", ActionMessages.summary(items, tx.exports().issues(incident.id()))));
    }
    return Reply.toChannel(card(incident, timeline, rollout, alerts, core.now()));
  }

  static Message card(
      Incident incident,
      List<TimelineEntry> timeline,
      List<Field> rollout,
      List<AlertRecord> alerts,
      Instant now) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Severity", incident.severity().label()));
    fields.add(new Field("State", incident.state().label()));
    for (Role role : Role.values()) {
      fields.add(
          new Field(capitalised(role), incident.holder(role).map(u -> u.handle()).orElse("-")));
    }
    fields.add(new Field("Detected", TimeFormats.dateTime(incident.detectedAt())));
    fields.add(new Field("Duration", TimeFormats.words(incident.duration(now))));
    if (incident.model() != null) {
      fields.add(new Field("Model", incident.model()));
    }
    if (incident.pirDueAt() != null) {
      fields.add(new Field("PIR due", TimeFormats.dateTime(incident.pirDueAt())));
    }
    fields.addAll(rollout);
    for (AlertRecord alert : alerts) {
      fields.add(new Field("Alert", AlertLines.summary(alert)));
      if (!alert.labels().isEmpty()) {
        fields.add(new Field("Labels", AlertLines.labels(alert.labels())));
      }
      if (alert.alert().generatorUrl() != null) {
        fields.add(new Field("Source", alert.alert().generatorUrl()));
      }
    }
    List<String> lines = new ArrayList<>();
    int from = Math.max(0, timeline.size() - RECENT_ENTRIES);
    for (TimelineEntry entry : timeline.subList(from, timeline.size())) {
      lines.add("- " + TimeFormats.clock(entry.at()) + " - " + entry.text());
    }
    return Message.of(incident.id() + ": " + incident.title(), fields, lines);
  }

  private static String capitalised(Role role) {
    return Character.toUpperCase(role.label().charAt(0)) + role.label().substring(1);
  }
}
