package dev.aiir.commands.talk;

import dev.aiir.commands.port.HistoryMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a channel's conversation message by message, oldest first, and says which messages state
 * key events, whatever the phrasing. It remembers only what later messages are judged by: whether
 * an alert was seen and which ones are firing, who holds the incident, whether it is resolved, what
 * the last few messages asked for and explained, and the best candidates for what only the end of
 * the conversation decides (the first report of the symptom where no bot alerted; a cause a
 * teammate confirmed, or one explained where nobody said "root cause").
 *
 * <p>One message states one event (a severity may come with its impact, or with someone taking
 * command): when a message reads as several, the more telling one wins, in the order reopen,
 * resolution, severity, acknowledgement, customers told, root cause, mitigation, impact.
 */
public final class Recognizer {
  private final Alerts alerts = new Alerts();
  private final Reports reports = new Reports();
  private final Conversation conversation = new Conversation();
  private final List<Recognized> confirmedCauses = new ArrayList<>();
  private boolean acknowledged;
  private String holder;
  private boolean everResolved;
  private boolean resolved;
  private boolean causeStated;
  private HistoryMessage explained;
  private double explainedScore;
  private Utterance scored;
  private double score;

  /** The key events this message states; empty for chatter. */
  public List<KeyEvent> accept(HistoryMessage message) {
    String text = message.text() == null ? "" : message.text();
    if (text.isBlank()) {
      return List.of();
    }
    if (message.fromBot()) {
      return bot(message, text);
    }
    Utterance said = Utterance.of(Said.normalised(text));
    List<KeyEvent> kinds = conversation.answersCatchUp(message) ? List.of() : human(message, said);
    if (kinds.isEmpty()) {
      quiet(message, said);
    }
    conversation.note(message, said);
    return kinds;
  }

  private List<KeyEvent> bot(HistoryMessage message, String text) {
    List<KeyEvent> kinds = alerts.accept(message, text);
    if (kinds.contains(KeyEvent.ACKNOWLEDGEMENT)) {
      if (acknowledged) {
        return List.of();
      }
      acknowledged = true;
      holder = null;
    }
    if (kinds.contains(KeyEvent.ALERT)) {
      resolved = false; // firing again after a resolution: the next "resolved" is news
    }
    return kinds;
  }

  private List<KeyEvent> human(HistoryMessage message, Utterance said) {
    boolean takes = takesIncident(message, said);
    if (everResolved && (ResolutionCues.reopened(said) || resolved && ResolutionCues.back(said))) {
      resolved = false;
      return takes ? List.of(KeyEvent.REOPEN, KeyEvent.ACKNOWLEDGEMENT) : List.of(KeyEvent.REOPEN);
    }
    boolean told = CommsCues.told(said);
    if (!resolved && ResolutionCues.over(said, told)) {
      everResolved = true;
      resolved = true;
      alerts.allRecovered();
      if (told) {
        return List.of(KeyEvent.RESOLUTION, KeyEvent.CUSTOMER_COMMS);
      }
      return SeverityCues.stated(said).isPresent()
          ? List.of(KeyEvent.RESOLUTION, KeyEvent.SEVERITY)
          : List.of(KeyEvent.RESOLUTION);
    }
    if (SeverityCues.stated(said).isPresent()) {
      List<KeyEvent> kinds = new ArrayList<>(List.of(KeyEvent.SEVERITY));
      if (takes) {
        kinds.add(KeyEvent.ACKNOWLEDGEMENT);
      } else if (ImpactCues.stated(said)) {
        kinds.add(KeyEvent.IMPACT);
      }
      return kinds;
    }
    if (takes && !resolved) {
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
    // Before anyone has the incident, a human's numbers are the report of it, not its impact; and
    // numbers inside an explanation are its evidence, unless it says they are the impact.
    boolean impact =
        (acknowledged || alerts.detected())
            && ImpactCues.stated(said)
            && (ImpactCues.strongly(said.text()) || explanation(said) == 0);
    if (impact
        && ImpactCues.strongly(said.text())
        && !MitigationCues.OPENS_WITH_ACTION.matcher(said.text()).find()) {
      return List.of(KeyEvent.IMPACT);
    }
    // Once the incident is declared over, what is done is follow-up work, not a mitigation.
    if (!resolved && (MitigationCues.done(said) || conversation.reportsAskedDone(message, said))) {
      return List.of(KeyEvent.MITIGATION);
    }
    return impact ? List.of(KeyEvent.IMPACT) : List.of();
  }

  /** A message that states nothing may still be a report, an explanation, or a confirmation. */
  private void quiet(HistoryMessage message, Utterance said) {
    if (!acknowledged && !alerts.detected()) {
      reports.note(message, said);
    }
    Optional<HistoryMessage> confirmed = conversation.confirmed(message, said);
    if (confirmed.isPresent() && !causeStated) {
      causeStated = true;
      confirmedCauses.add(new Recognized(confirmed.get(), List.of(KeyEvent.ROOT_CAUSE)));
    }
    if (RootCauseCues.couldExplain(said)) {
      conversation.explained(message);
    }
    double score = explanation(said);
    if (score > explainedScore) {
      explained = message;
      explainedScore = score;
    }
  }

  /** How much this message explains a cause, computed once though two steps ask. */
  private double explanation(Utterance said) {
    if (said != scored) {
      scored = said;
      score = RootCauseCues.explanation(said);
    }
    return score;
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

  /** What only the whole conversation decides, once it has been read. */
  public List<Recognized> finish() {
    List<Recognized> late = new ArrayList<>();
    if (!alerts.detected()) {
      reports.first().ifPresent(r -> late.add(new Recognized(r, List.of(KeyEvent.DETECTION))));
    }
    late.addAll(confirmedCauses);
    if (!causeStated && explained != null) {
      late.add(new Recognized(explained, List.of(KeyEvent.ROOT_CAUSE)));
    }
    return late;
  }

  /** The model and version a mitigation names, such as {@code [ranker, v7.3]}. */
  public static Optional<String[]> modelAndVersion(String text) {
    return RolledBackTo.of(Said.normalised(text));
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
