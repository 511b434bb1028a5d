package dev.aiir.commands.incident;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.manager.ManagerAlerts;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.TimeFormats;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.nudge.UpdateNudges;
import dev.aiir.commands.port.TenantStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Opens an incident with its caller as commander and binds the channel when it is free. With
 * incident channels on, it then opens a dedicated channel (after the declaration is committed) and
 * binds that one instead.
 */
public final class DeclareHandler implements Handler<Declare> {
  static final int MAX_TITLE = 200;
  private static final Pattern MODEL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private final Core core;
  private final IncidentChannels channels;

  public DeclareHandler(Core core) {
    this.core = core;
    this.channels = new IncidentChannels(core);
  }

  @Override
  public Reply handle(Declare command, CommandContext context) {
    Instant now = core.now();
    Optional<String> problem = problem(command, now);
    if (problem.isPresent()) {
      return Reply.refusal(problem.get());
    }
    Instant detected = detectedAt(command, now);
    Declared declared =
        core.store()
            .inTransaction(context.tenant(), tx -> declare(tx, command, context, now, detected));
    if (!core.settings().incidentChannels()) {
      return Reply.toChannel(card(declared.incident(), declared.channelBound(), List.of()));
    }
    Message channelCard = card(declared.incident(), true, List.of());
    IncidentChannels.Opened opened =
        channels.open(declared.incident(), context.user(), channelCard);
    boolean bound = opened.channel().isPresent() || declared.channelBound();
    return Reply.toChannel(card(declared.incident(), bound, List.of(opened.note())));
  }

  /** The incident as committed, and whether the channel it was declared in now follows it. */
  private record Declared(Incident incident, boolean channelBound) {}

  private Declared declare(
      TenantStore tx, Declare command, CommandContext context, Instant now, Instant detected) {
    int year = LocalDate.ofInstant(now, core.settings().teamZone()).getYear();
    IncidentId id = tx.incidents().allocateId(core.settings().idPrefix(), year);
    boolean channelFree =
        tx.incidents()
            .findByChannel(context.channelId())
            .map(bound -> bound.state() == IncidentState.CLOSED)
            .orElse(true);
    Incident incident =
        Incident.declared(
            context.tenant(),
            id,
            command.title(),
            command.severity(),
            channelFree ? context.channelId() : null,
            command.model().orElse(null),
            context.user(),
            now,
            detected);
    tx.incidents().insert(incident);
    if (command.detected().isPresent()) {
      tx.timeline()
          .append(
              id, entry(detected, now, context, EntryKind.ALERT, IncidentMessages.alertEntry()));
    }
    String declared = IncidentMessages.declaredEntry(context.user().handle(), command.severity());
    tx.timeline().append(id, entry(now, now, context, EntryKind.DECLARED, declared));
    new ManagerAlerts(core).declared(tx, incident, now);
    new UpdateNudges(core).reschedule(tx, incident, now);
    return new Declared(incident, channelFree);
  }

  private static TimelineEntry entry(
      Instant at, Instant now, CommandContext context, EntryKind kind, String text) {
    return TimelineEntry.byCommand(at, now, context.user(), kind, text);
  }

  private Optional<String> problem(Declare command, Instant now) {
    if (command.title().isBlank()) {
      return Optional.of("An incident needs a title: `/incident declare <title> [--sev 1-4]`.");
    }
    if (command.title().length() > MAX_TITLE) {
      return Optional.of("The title is too long: keep it under " + MAX_TITLE + " characters.");
    }
    if (command.model().isPresent() && !MODEL.matcher(command.model().get()).matches()) {
      return Optional.of("--model takes NAME@VERSION, such as assistant@v3.2.");
    }
    if (command.detected().isPresent() && detectedAt(command, now).isAfter(now)) {
      return Optional.of("--detected " + command.detected().get().text() + " is in the future.");
    }
    return Optional.empty();
  }

  private Instant detectedAt(Declare command, Instant now) {
    return command
        .detected()
        .flatMap(t -> t.toInstant(now, core.settings().teamZone()))
        .orElse(now);
  }

  private static Message card(Incident incident, boolean channelBound, List<String> notes) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Severity", incident.severity().label()));
    fields.add(new Field("Commander", incident.commander().orElseThrow().handle()));
    fields.add(new Field("Detected", TimeFormats.dateTime(incident.detectedAt())));
    if (incident.model() != null) {
      fields.add(new Field("Model", incident.model()));
    }
    List<String> lines = new ArrayList<>(notes);
    if (!channelBound) {
      lines.add(
          "This channel already follows another open incident: add --id "
              + incident.id()
              + " to commands about this one.");
    }
    lines.add("Next: `/incident ack` when on-call confirms, `/incident log <text>` to record.");
    return Message.of(
        "Incident " + incident.id() + " declared: " + incident.title(), fields, lines);
  }
}
