package dev.aiir.commands.pir;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.HistoryMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a channel's history adds to a draft, taken one message at a time so that a long history is
 * never held in memory: the key events not already on the recorded timeline, the people who spoke,
 * the earliest alert, the last resolution and severity, and a stated root cause.
 */
public final class HistoryDigest {
  /** A recorded entry of the same kind this close to a message already tells its event. */
  static final Duration SAME_EVENT = Duration.ofMinutes(15);

  private final List<TimelineEntry> recorded;
  private final String incidentId;
  private final List<HistoryEvent> events = new ArrayList<>();
  private final Map<String, UserRef> speakers = new LinkedHashMap<>();
  private Instant earliestAlert;
  private HistoryEvent resolution;
  private HistoryEvent severity;
  private StatedRootCause rootCause;
  private long messagesRead;

  /**
   * @param recorded the incident's recorded timeline (empty when drafting offline)
   * @param incidentId the incident's id, to know the bot's own messages (null offline)
   */
  public HistoryDigest(List<TimelineEntry> recorded, String incidentId) {
    this.recorded = List.copyOf(recorded);
    this.incidentId = incidentId;
  }

  public static HistoryDigest offline() {
    return new HistoryDigest(List.of(), null);
  }

  public void accept(HistoryMessage message) {
    messagesRead++;
    String text = message.text() == null ? "" : message.text().strip();
    if (text.isEmpty()) {
      return;
    }
    if (!message.fromBot()) {
      speakers.putIfAbsent(message.author().id(), message.author());
    }
    if (message.fromBot() && incidentId != null && text.contains(incidentId)) {
      acceptOwn(message, text);
      return;
    }
    KeyEventClassifier.classify(message).ifPresent(kind -> acceptEvent(message, text, kind));
  }

  private void acceptOwn(HistoryMessage message, String text) {
    String prefix = incidentId + ": ";
    if (!text.startsWith(prefix)) {
      return; // a card or echo of a command: the recorded timeline holds what it says
    }
    String entry = text.substring(prefix.length());
    boolean known =
        recorded.stream().anyMatch(e -> e.text().equals(entry) && near(e.at(), message.at()));
    if (!known) {
      events.add(event(message, KeyEvent.BOT_ENTRY, entry, text));
    }
  }

  private void acceptEvent(HistoryMessage message, String text, KeyEvent kind) {
    HistoryEvent event = event(message, kind, HistoryWording.line(kind, message, text), text);
    if (kind == KeyEvent.ALERT && (earliestAlert == null || message.at().isBefore(earliestAlert))) {
      earliestAlert = message.at();
    }
    if (kind == KeyEvent.RESOLUTION && isLater(event, resolution)) {
      resolution = event;
    }
    if (kind == KeyEvent.SEVERITY && isLater(event, severity)) {
      severity = event;
    }
    if (kind == KeyEvent.ROOT_CAUSE && rootCause == null) {
      KeyEventClassifier.rootCause(text)
          .ifPresent(
              cause -> rootCause = new StatedRootCause(cause, message.author(), message.at()));
    }
    if (!alreadyRecorded(kind, message)) {
      events.add(event);
    }
  }

  /** Pages may come in any order across threads; the latest statement is the one that holds. */
  private static boolean isLater(HistoryEvent candidate, HistoryEvent current) {
    return current == null || !candidate.at().isBefore(current.at());
  }

  private static HistoryEvent event(HistoryMessage m, KeyEvent kind, String line, String said) {
    return new HistoryEvent(m.at(), kind, line, m.author(), m.id(), said);
  }

  private boolean alreadyRecorded(KeyEvent kind, HistoryMessage message) {
    if (kind == KeyEvent.PINNED) {
      String ref = "pin:" + message.id() + ":";
      return recorded.stream()
          .anyMatch(e -> e.sourceRef() != null && e.sourceRef().startsWith(ref));
    }
    EntryKind same = HistoryWording.entryKind(kind);
    return same != null
        && recorded.stream().anyMatch(e -> e.kind() == same && near(e.at(), message.at()));
  }

  private static boolean near(Instant a, Instant b) {
    return Duration.between(a, b).abs().compareTo(SAME_EVENT) <= 0;
  }

  public List<HistoryEvent> events() {
    return List.copyOf(events);
  }

  public List<UserRef> speakers() {
    return List.copyOf(speakers.values());
  }

  public Optional<Instant> earliestAlert() {
    return Optional.ofNullable(earliestAlert);
  }

  public Optional<Instant> resolvedAt() {
    return Optional.ofNullable(resolution).map(HistoryEvent::at);
  }

  public Optional<Severity> severity() {
    return Optional.ofNullable(severity).flatMap(e -> KeyEventClassifier.severity(e.said()));
  }

  public Optional<StatedRootCause> rootCause() {
    return Optional.ofNullable(rootCause);
  }

  public long messagesRead() {
    return messagesRead;
  }
}
