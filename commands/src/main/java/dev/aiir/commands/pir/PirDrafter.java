package dev.aiir.commands.pir;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Pins;
import dev.aiir.commands.model.RecoveryChecklist;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.model.TrackedIssue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gathers a draft's facts: from the bot's record merged with history, or from history alone. */
public final class PirDrafter {
  /**
   * Bookkeeping entries that the review states elsewhere or that say nothing of the incident (the
   * metric gates' verdicts are under their phase in Traffic Restoration).
   */
  private static final Set<EntryKind> LEFT_OUT =
      EnumSet.of(
          EntryKind.PIR, EntryKind.IMPACT, EntryKind.ACTION, EntryKind.UNPIN, EntryKind.GATE);

  private static final Pattern INCIDENT_CHANNEL = Pattern.compile("inc-(\\d{4})-(\\d{3,})-?(.*)");

  private PirDrafter() {}

  /** The incident's record, with what its channel's history adds. */
  public static PirDraft fromRecord(
      Incident incident,
      List<TimelineEntry> timeline,
      List<ActionItem> actions,
      RecoveryChecklist recovery,
      Optional<Rollout> rollout,
      List<AlertRecord> alerts,
      List<TrackedIssue> tracked,
      HistoryDigest history,
      Instant now) {
    List<DraftLine> lines = new ArrayList<>();
    for (TimelineEntry entry : timeline) {
      if (!LEFT_OUT.contains(entry.kind())
          && (entry.kind() != EntryKind.PIN || Pins.stillPinned(entry, timeline))) {
        lines.add(DraftLine.recorded(entry.at(), recordedText(entry), entry.kind().key()));
      }
    }
    history.events().forEach(e -> lines.add(DraftLine.of(e)));
    lines.sort(Comparator.comparing(DraftLine::at));
    Instant detected =
        history
            .earliestAlert()
            .filter(a -> a.isBefore(incident.detectedAt()))
            .orElse(incident.detectedAt());
    return new PirDraft(
        incident.id().value(),
        incident.title(),
        incident.severity(),
        detected,
        incident.resolvedAt(),
        now,
        incident.impact(),
        history.impact().orElse(null),
        incident.model() != null ? incident.model() : history.model().orElse(null),
        incident.rootCause(),
        history.rootCause().orElse(null),
        lines,
        actions,
        recovery,
        rollout.map(r -> RestorationLines.of(r, timeline, now)).orElse(List.of()),
        participants(incident, timeline, history),
        incident.pirDueAt(),
        incident.pirLink(),
        alerts,
        tracked);
  }

  /** A channel that never had an incident in the bot: everything comes from its history. */
  public static PirDraft fromHistory(
      String channelName, HistoryDigest history, String idPrefix, Duration pirWindow, Instant now) {
    Matcher named = INCIDENT_CHANNEL.matcher(channelName);
    String id = named.matches() ? idPrefix + "-" + named.group(1) + "-" + named.group(2) : null;
    String title = named.matches() && !named.group(3).isBlank() ? named.group(3) : channelName;
    List<DraftLine> lines =
        history.events().stream()
            .sorted(Comparator.comparing(HistoryEvent::at))
            .map(DraftLine::of)
            .toList();
    Instant resolved = history.resolvedAt().orElse(null);
    List<Participant> people =
        history.speakers().stream().map(u -> new Participant(u, List.of())).toList();
    return new PirDraft(
        id,
        title.replace('-', ' ').strip(),
        history.severity().orElse(null),
        history.earliestAlert().orElse(null),
        resolved,
        now,
        null,
        history.impact().orElse(null),
        history.model().orElse(null),
        null,
        history.rootCause().orElse(null),
        lines,
        List.of(),
        new RecoveryChecklist(List.of()),
        List.of(),
        people,
        resolved == null ? null : resolved.plus(pirWindow),
        null,
        List.of(),
        List.of());
  }

  private static String recordedText(TimelineEntry entry) {
    String text = PirRenderer.inline(entry.text());
    return entry.kind() == EntryKind.NOTE || entry.kind() == EntryKind.PIN
        ? text + " (" + entry.author().handle() + ")"
        : text;
  }

  /**
   * The bot's own export entries (a PIR published, an item exported at resolution) and a tracker
   * closing an item are written by no participant.
   */
  private static boolean isExportBookkeeping(TimelineEntry entry) {
    return entry.source() == EntrySource.SYSTEM
        && (entry.kind() == EntryKind.ACTION || entry.kind() == EntryKind.PIR);
  }

  /** Role holders first, then everyone who wrote on the timeline or spoke in the channel. */
  private static List<Participant> participants(
      Incident incident, List<TimelineEntry> timeline, HistoryDigest history) {
    Map<String, UserRef> people = new LinkedHashMap<>();
    Map<String, List<Role>> roles = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      incident
          .holder(role)
          .ifPresent(
              u -> {
                people.putIfAbsent(u.id(), u);
                roles.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(role);
              });
    }
    timeline.stream()
        .filter(e -> !AlertSource.wrote(e.author()))
        .filter(e -> !isExportBookkeeping(e))
        .forEach(e -> people.putIfAbsent(e.author().id(), e.author()));
    history.speakers().forEach(u -> people.putIfAbsent(u.id(), u));
    return people.values().stream()
        .map(u -> new Participant(u, roles.getOrDefault(u.id(), List.of())))
        .toList();
  }
}
