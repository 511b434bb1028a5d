package dev.aiir.commands.incident;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.manager.ManagerAlerts;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimeFormats;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.nudge.UpdateNudges;
import dev.aiir.commands.port.TenantStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way an incident is opened, whoever opens it (a typed {@code declare}, the declare form,
 * an alert or its Declare button): the id, the record, the detection and declaration entries, the
 * managers' SEV-1 notice and the status-update nudges, in the caller's transaction; then, once that
 * is committed, the incident's own channel when incident channels are on.
 */
public final class Declaration {
  private final Core core;
  private final IncidentChannels channels;

  public Declaration(Core core) {
    this.core = core;
    this.channels = new IncidentChannels(core);
  }

  /**
   * What to open.
   *
   * @param channelId the channel to bind when no open incident holds it; null for none
   * @param model NAME@VERSION, or null
   * @param commander who commands it; empty leaves command to the first who acknowledges it
   * @param declarer who the declaration entry names
   * @param detection the entry that records the detection (an alert), if there is one
   */
  public record Opening(
      String title,
      Severity severity,
      String channelId,
      String model,
      Optional<UserRef> commander,
      UserRef declarer,
      Instant detectedAt,
      Optional<TimelineEntry> detection) {
    public Opening {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(commander, "commander");
      Objects.requireNonNull(declarer, "declarer");
      Objects.requireNonNull(detectedAt, "detectedAt");
      Objects.requireNonNull(detection, "detection");
    }
  }

  /** The incident as opened, and whether the channel asked for now follows it. */
  public record Opened(Incident incident, boolean channelBound) {}

  /** Opens the incident inside {@code tx}. */
  public Opened open(TenantStore tx, Opening opening) {
    Instant now = core.now();
    int year = LocalDate.ofInstant(now, core.settings().teamZone()).getYear();
    IncidentId id = tx.incidents().allocateId(core.settings().idPrefix(), year);
    boolean channelFree =
        opening.channelId() != null
            && tx.incidents()
                .stateInChannel(opening.channelId())
                .map(state -> state == IncidentState.CLOSED)
                .orElse(true);
    Incident incident =
        new Incident(
            tx.tenant(),
            id,
            opening.title(),
            opening.severity(),
            IncidentState.INVESTIGATING,
            channelFree ? opening.channelId() : null,
            opening.model(),
            opening.commander().map(c -> Map.of(Role.COMMANDER, c)).orElse(Map.of()),
            now,
            opening.detectedAt(),
            null,
            null,
            null,
            null,
            null,
            null);
    tx.incidents().insert(incident);
    List<TimelineEntry> timeline = new ArrayList<>();
    opening.detection().ifPresent(timeline::add);
    UserRef declarer = opening.declarer();
    String declared = IncidentMessages.declaredEntry(declarer.handle(), opening.severity());
    timeline.add(entry(now, declarer, EntryKind.DECLARED, declared));
    opening
        .commander()
        .filter(c -> !c.id().equals(declarer.id()))
        .ifPresent(
            c ->
                timeline.add(
                    entry(
                        now,
                        declarer,
                        EntryKind.ROLE,
                        IncidentMessages.roleEntry(c.handle(), Role.COMMANDER))));
    tx.timeline().appendAll(id, timeline);
    new ManagerAlerts(core).declared(tx, incident, now);
    new UpdateNudges(core).opened(incident, timeline, now);
    return new Opened(incident, channelFree);
  }

  private static TimelineEntry entry(Instant now, UserRef author, EntryKind kind, String text) {
    return TimelineEntry.byCommand(now, now, author, kind, text);
  }

  /**
   * After the opening is committed: the incident's own channel, when incident channels are on and
   * the platform could create it; {@code invite} is asked in.
   */
  public ChannelOutcome openChannel(Incident incident, Optional<UserRef> invite) {
    if (!core.settings().incidentChannels()) {
      return ChannelOutcome.off();
    }
    return channels.open(incident, invite, card(incident, true, List.of()));
  }

  /** The card that announces an incident. */
  public static Message card(Incident incident, boolean channelBound, List<String> notes) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Severity", incident.severity().label()));
    fields.add(
        new Field(
            "Commander",
            incident.commander().map(UserRef::handle).orElse(IncidentMessages.noCommander())));
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
