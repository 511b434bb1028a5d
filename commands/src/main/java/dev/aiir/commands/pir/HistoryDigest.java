package dev.aiir.commands.pir;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.HistoryMessage;
import dev.aiir.commands.talk.KeyEvent;
import dev.aiir.commands.talk.Recognized;
import dev.aiir.commands.talk.Recognizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a channel's history adds to a draft, taken one message at a time so that a long history is
 * never held in memory: the key events not already on the recorded timeline, the people who spoke,
 * and the facts the summary takes from them (the detection, the last resolution, the worst
 * severity, the last stated root cause and impact, the model and version rolled back to).
 */
public final class HistoryDigest {
  /** A recorded entry of the same kind this close to a message already tells its event. */
  static final Duration SAME_EVENT = Duration.ofMinutes(15);

  private static final Set<String> PIN_REACTIONS = Set.of("pushpin", "📌", "round_pushpin");
  private static final Pattern CAUSE_CUE =
      Pattern.compile(
          "^\\W*(?:ok |so |yep )?(?:root[- ]?cause(?: identified| found| confirmed| is| was)?"
              + "|rca|found it|found the (?:reason|cause|bug|problem|issue)|found|culprit (?:is|was)"
              + "|the culprit (?:is|was)|confirmed|turns out|there it is|got it|nailed it"
              + "|correction to [^:]{0,60})\\s*[:,.!-]*\\s*",
          Pattern.CASE_INSENSITIVE);

  private final List<TimelineEntry> recorded;
  private final String incidentId;
  private final Recognizer recognizer = new Recognizer();
  private final List<HistoryEvent> events = new ArrayList<>();
  private final Map<String, UserRef> speakers = new LinkedHashMap<>();
  private HistoryEvent detection;
  private HistoryEvent resolution;
  private Severity worst;
  private Severity latest;
  private StatedFact rootCause;
  private StatedFact impact;
  private String model;
  private long messagesRead;
  private boolean finished;

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
    List<KeyEvent> kinds = recognizer.accept(message);
    if (kinds.isEmpty() && message.reactions().stream().anyMatch(PIN_REACTIONS::contains)) {
      kinds = List.of(KeyEvent.PINNED);
    }
    kinds.forEach(kind -> acceptEvent(message, kind));
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
      events.add(event(message, KeyEvent.BOT_ENTRY, entry));
    }
  }

  private void acceptEvent(HistoryMessage message, KeyEvent kind) {
    Severity stated = null;
    String direction = null;
    if (kind == KeyEvent.SEVERITY) {
      stated = Recognizer.severity(message.text()).orElse(Severity.SEV3);
      direction = directionTo(stated, message.text());
      latest = stated;
      worst = worst == null || stated.ordinal() < worst.ordinal() ? stated : worst;
    }
    String line = HistoryWording.line(kind, message, stated, direction);
    HistoryEvent event = event(message, kind, line);
    switch (kind) {
      case DETECTION -> detection = event;
      case RESOLUTION -> resolution = isLater(event, resolution) ? event : resolution;
      case ROOT_CAUSE -> rootCause = isLater(message, rootCause) ? causeFact(message) : rootCause;
      case IMPACT -> impact = fact(message, HistoryWording.quote(message.text()));
      case MITIGATION -> {
        // The first rollback or pin that names a version: later ones tend to be side systems
        // ("currency-svc reverted too") or the same version again.
        if (model == null) {
          Recognizer.modelAndVersion(message.text()).ifPresent(mv -> model = modelLine(mv));
        }
      }
      default -> {}
    }
    if (!alreadyRecorded(kind, message)) {
      events.add(event);
    }
  }

  /** As the message says it ("raising to"), or else as it compares with the last one stated. */
  private String directionTo(Severity stated, String text) {
    String said = Recognizer.severityDirection(text);
    if (!said.equals("set") || latest == null || stated == latest) {
      return said;
    }
    return stated.ordinal() < latest.ordinal() ? "upgraded" : "downgraded";
  }

  private static String modelLine(String[] modelAndVersion) {
    String version = modelAndVersion[1];
    return modelAndVersion[0] == null
        ? "rolled back to " + version
        : modelAndVersion[0] + " (rolled back to " + version + ")";
  }

  /** What follows "root cause:" or "found it:" when it says enough; else the whole message. */
  static String causeOf(String text) {
    String quoted = HistoryWording.quote(text);
    String rest = CAUSE_CUE.matcher(quoted).replaceFirst("").strip();
    String cause = rest.length() >= 10 ? rest : quoted;
    return Character.toUpperCase(cause.charAt(0)) + cause.substring(1);
  }

  private static StatedFact causeFact(HistoryMessage message) {
    return fact(message, causeOf(message.text()));
  }

  /**
   * The cause stated last in time holds: a confirmed or concluded cause may be decided after later
   * messages were read.
   */
  private static boolean isLater(HistoryMessage candidate, StatedFact current) {
    return current == null || !candidate.at().isBefore(current.at());
  }

  private static StatedFact fact(HistoryMessage message, String text) {
    return new StatedFact(text, message.author(), message.at(), source(message));
  }

  /** Pages may come in any order across threads; the latest statement is the one that holds. */
  private static boolean isLater(HistoryEvent candidate, HistoryEvent current) {
    return current == null || !candidate.at().isBefore(current.at());
  }

  private static HistoryEvent event(HistoryMessage m, KeyEvent kind, String line) {
    return new HistoryEvent(m.at(), kind, line, m.author(), source(m), m.text());
  }

  static String source(HistoryMessage message) {
    return message.link() != null ? message.link() : "message " + message.id();
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

  /** Takes what only the whole conversation decides; reading the digest does it once. */
  private void finish() {
    if (!finished) {
      finished = true;
      for (Recognized late : recognizer.finish()) {
        for (KeyEvent kind : late.kinds()) {
          // An incident recorded by the bot was detected when it says; a person's first words
          // in its channel are not the detection.
          if (kind != KeyEvent.DETECTION || incidentId == null || late.message().fromBot()) {
            acceptEvent(late.message(), kind);
          }
        }
      }
    }
  }

  public List<HistoryEvent> events() {
    finish();
    return List.copyOf(events);
  }

  public List<UserRef> speakers() {
    return List.copyOf(speakers.values());
  }

  /** The first alert, or the first report of the symptom where no bot alerted. */
  public Optional<HistoryEvent> detection() {
    finish();
    return Optional.ofNullable(detection);
  }

  public Optional<Instant> earliestAlert() {
    return detection().filter(e -> e.author() != null).map(HistoryEvent::at);
  }

  public Optional<Instant> resolvedAt() {
    finish();
    return Optional.ofNullable(resolution).map(HistoryEvent::at);
  }

  /** The worst severity stated in the channel. */
  public Optional<Severity> severity() {
    return Optional.ofNullable(worst);
  }

  /** The severity stated last. */
  public Optional<Severity> latestSeverity() {
    return Optional.ofNullable(latest);
  }

  /** The last root cause stated: a revised cause replaces the first. */
  public Optional<StatedFact> rootCause() {
    finish();
    return Optional.ofNullable(rootCause);
  }

  public Optional<StatedFact> impact() {
    return Optional.ofNullable(impact);
  }

  /** The model and the version it was rolled back or pinned to, as the channel named them. */
  public Optional<String> model() {
    return Optional.ofNullable(model);
  }

  public long messagesRead() {
    return messagesRead;
  }
}
