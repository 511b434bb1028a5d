package dev.aiir.commands.talk;

import dev.aiir.commands.port.HistoryMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a channel's conversation message by message, oldest first, and says which messages state
 * key events, whatever the phrasing. It remembers only what later messages are judged by: whether
 * an alert was seen and which ones are firing, who holds the incident, whether it is resolved, and
 * the best candidates for what only the end of the conversation decides (the first report of the
 * symptom where no bot alerted; a cause explained where nobody said "root cause").
 *
 * <p>One message states one event (a severity may come with its impact): when a message reads as
 * several, the more telling one wins, in the order reopen, resolution, severity, acknowledgement,
 * customers told, root cause, mitigation, impact.
 */
public final class Recognizer {
  private static final Pattern SYMPTOM =
      Said.pattern(
          "\\b(should have|should'?ve|shouldn'?t|leak\\w*|exposed|unmasked|missing|broke|bad|garbage"
              + "|nonsense|hallucinat\\w*|explicit|nsfw|offensive|incorrect|outdated|confus\\w*"
              + "|duplicate\\w*|overcharg\\w*|declin\\w*|users?|customers?|report|reports|complain\\w*"
              + "|seeing|broken|wrong|errors?|fail\\w*|down|spik\\w*|drop\\w*|weird|gibberish|since"
              + "|started|keeps?|not working|can'?t|cannot|empty|stale|slow|timeouts?|screenshots?"
              + "|confused|why did)\\b");

  private final Alerts alerts = new Alerts();
  private boolean acknowledged;
  private String holder;
  private boolean everResolved;
  private boolean resolved;
  private HistoryMessage firstReport;
  private boolean firstReportNamesSymptom;
  private boolean causeStated;
  private HistoryMessage explained;
  private double explainedScore;

  /** The key events this message states; empty for chatter. */
  public List<KeyEvent> accept(HistoryMessage message) {
    String text = message.text() == null ? "" : message.text();
    if (text.isBlank()) {
      return List.of();
    }
    if (message.fromBot()) {
      return alerts.accept(message, text);
    }
    Utterance said = Utterance.of(Said.normalised(text));
    List<KeyEvent> kinds = human(message, said);
    if (kinds.isEmpty()) {
      noteFirstReport(message, said);
    }
    return kinds;
  }

  private List<KeyEvent> human(HistoryMessage message, Utterance said) {
    boolean reopen = everResolved && ResolutionCues.reopened(said);
    boolean takes = takesIncident(message, said);
    if (reopen) {
      resolved = false;
      return takes ? List.of(KeyEvent.REOPEN, KeyEvent.ACKNOWLEDGEMENT) : List.of(KeyEvent.REOPEN);
    }
    boolean told = CommsCues.told(said);
    if (!resolved && ResolutionCues.over(said, told)) {
      everResolved = true;
      resolved = true;
      alerts.allRecovered();
      return told
          ? List.of(KeyEvent.RESOLUTION, KeyEvent.CUSTOMER_COMMS)
          : List.of(KeyEvent.RESOLUTION);
    }
    if (SeverityCues.stated(said).isPresent()) {
      return ImpactCues.stated(said)
          ? List.of(KeyEvent.SEVERITY, KeyEvent.IMPACT)
          : List.of(KeyEvent.SEVERITY);
    }
    if (takes) {
      return List.of(KeyEvent.ACKNOWLEDGEMENT);
    }
    if (told) {
      return List.of(KeyEvent.CUSTOMER_COMMS);
    }
    return statement(message, said);
  }

  private List<KeyEvent> statement(HistoryMessage message, Utterance said) {
    if (RootCauseCues.stated(said)) {
      causeStated = true;
      return List.of(KeyEvent.ROOT_CAUSE);
    }
    double score = RootCauseCues.explanation(said);
    if (score > explainedScore) {
      explained = message;
      explainedScore = score;
    }
    // Before anyone has the incident, a human's numbers are the report of it, not its impact.
    boolean impact = (acknowledged || alerts.detected()) && ImpactCues.stated(said);
    if (impact
        && ImpactCues.strongly(said.text())
        && !MitigationCues.OPENS_WITH_ACTION.matcher(said.text()).find()) {
      return List.of(KeyEvent.IMPACT);
    }
    if (MitigationCues.done(said)) {
      return List.of(KeyEvent.MITIGATION);
    }
    return impact ? List.of(KeyEvent.IMPACT) : List.of();
  }

  /** The first acknowledgement; later ones only when command changes hands. */
  private boolean takesIncident(HistoryMessage message, Utterance said) {
    if (!AckCues.takes(said)) {
      return false;
    }
    String who = message.author().id();
    boolean counts = !acknowledged || (AckCues.handsOver(said) && !who.equals(holder));
    acknowledged = true;
    if (counts) {
      holder = who;
    }
    return counts;
  }

  private void noteFirstReport(HistoryMessage message, Utterance said) {
    if (acknowledged || said.words() < 6 || (firstReport != null && firstReportNamesSymptom)) {
      return;
    }
    boolean symptom = SYMPTOM.matcher(said.text()).find();
    if (firstReport == null || (!firstReportNamesSymptom && symptom)) {
      firstReport = message;
      firstReportNamesSymptom = symptom;
    }
  }

  /** What only the whole conversation decides, once it has been read. */
  public List<Recognized> finish() {
    List<Recognized> late = new ArrayList<>();
    if (!alerts.detected() && firstReport != null) {
      late.add(new Recognized(firstReport, List.of(KeyEvent.DETECTION)));
    }
    if (!causeStated && explained != null) {
      late.add(new Recognized(explained, List.of(KeyEvent.ROOT_CAUSE)));
    }
    return late;
  }

  /**
   * The alerts bots posted: the first detects the incident, repeats of a firing one say nothing.
   */
  private static final class Alerts {
    private final List<AlertCues.Identity> firing = new ArrayList<>();
    private boolean detected;

    List<KeyEvent> accept(HistoryMessage message, String text) {
      String title = titleOf(text);
      AlertCues.Reading reading = AlertCues.read(message.author().displayName(), title, text);
      AlertCues.Identity alert = AlertCues.Identity.of(title, message.author().id());
      switch (reading) {
        case STATUS_PAGE:
          return List.of(KeyEvent.CUSTOMER_COMMS);
        case ROUTINE:
          return List.of();
        case FIX_DEPLOYED:
          return detected ? List.of(KeyEvent.MITIGATION) : List.of();
        case RECOVERED:
          if (!detected) {
            return List.of();
          }
          firing.removeIf(alert::sameAs);
          return List.of(KeyEvent.ALERT_RESOLVED);
        default:
          return fired(alert);
      }
    }

    private List<KeyEvent> fired(AlertCues.Identity alert) {
      if (!detected) {
        detected = true;
        firing.add(alert);
        return List.of(KeyEvent.DETECTION);
      }
      if (firing.stream().anyMatch(alert::sameAs)) {
        return List.of();
      }
      firing.add(alert);
      return List.of(KeyEvent.ALERT);
    }

    void allRecovered() {
      firing.clear();
    }

    boolean detected() {
      return detected;
    }
  }

  /** An alert's first line: its title where it has one. */
  static String titleOf(String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }

  /** The model and version a mitigation names, such as {@code [ranker, v7.3]}. */
  public static Optional<String[]> modelAndVersion(String text) {
    return MitigationCues.modelAndVersion(Said.normalised(text));
  }

  /** The severity a message states, such as SEV-2 for "bumping to P2". */
  public static Optional<dev.aiir.commands.model.Severity> severity(String text) {
    return SeverityCues.stated(Utterance.of(Said.normalised(text)));
  }

  /** {@code upgraded}, {@code downgraded}, or {@code set} when the message does not say. */
  public static String severityDirection(String text) {
    return SeverityCues.direction(Utterance.of(Said.normalised(text)));
  }
}
