package dev.aiir.commands.pir;

import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.HistoryMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the messages that state key events: pinned ones first (the team chose them), then
 * alerts, on-call confirmation, severity changes, rollbacks, mitigation, deploys, root cause and
 * resolution. Patterns are deliberately narrow: a missed event is a TODO for the author, a false
 * one is an invention.
 */
public final class KeyEventClassifier {
  private static final Set<String> PIN_REACTIONS = Set.of("pushpin", "📌", "round_pushpin");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern ALERT_RESOLVED = Pattern.compile("\\[(RESOLVED|OK)\\]", FLAGS);
  private static final Pattern ALERT =
      Pattern.compile(
          "\\[FIRING(:\\d+)?\\]|\\balerts? (has |have )?(fired|firing|triggered)\\b"
              + "|\\bpaged\\b|:rotating_light:|🚨",
          FLAGS);
  private static final Pattern ON_CALL =
      Pattern.compile(
          "\\bon[- ]?call\\b.{0,40}\\b(confirm(ed|ing)?|ack(ed|nowledged)?|here)\\b"
              + "|\\b(confirm(ed)?|ack(ed|nowledged)?)\\b.{0,40}\\bon[- ]?call\\b",
          FLAGS);
  private static final Pattern SEVERITY =
      Pattern.compile(
          "\\b(upgrad|downgrad|escalat|rais|lower|bump|chang|mov|set)\\w*\\b.{0,30}"
              + "\\bsev[- ]?([1-4])\\b",
          FLAGS);
  private static final Pattern ROLLBACK =
      Pattern.compile(
          "\\b(rolled|rolling) back\\b(.{0,40}?\\bto\\s+(v?\\d+(\\.\\d+)*[\\w.-]*))?"
              + "|\\breverted\\b(.{0,40}?\\bto\\s+(v?\\d+(\\.\\d+)*[\\w.-]*))?",
          FLAGS);
  private static final Pattern MITIGATION =
      Pattern.compile(
          "\\bmitigated\\b|\\bmitigation (is )?(applied|in place|deployed|live)\\b"
              + "|\\bworkaround (is )?(applied|in place|deployed|live)\\b",
          FLAGS);
  private static final Pattern DEPLOY =
      Pattern.compile("\\b(deployed|shipped|hotfix (is )?(out|live|deployed))\\b", FLAGS);
  private static final Pattern ROOT_CAUSE =
      Pattern.compile(
          "\\broot[- ]cause\\b(\\s+(is|was))?\\s*(identified|found|confirmed|:)", FLAGS);
  private static final Pattern RESOLUTION =
      Pattern.compile(
          "^\\W*(resolved|all clear)\\b|\\b(incident|issue|outage) (is |has been )?(now )?"
              + "(resolved|over)\\b|\\bmarking (this|it) (as )?resolved\\b",
          FLAGS);

  /** In order of precedence: "root cause found, resolved" states a root cause. */
  private static final Map<KeyEvent, Pattern> CONVERSATIONAL = new LinkedHashMap<>();

  static {
    CONVERSATIONAL.put(KeyEvent.ROOT_CAUSE, ROOT_CAUSE);
    CONVERSATIONAL.put(KeyEvent.RESOLUTION, RESOLUTION);
    CONVERSATIONAL.put(KeyEvent.ON_CALL, ON_CALL);
    CONVERSATIONAL.put(KeyEvent.SEVERITY, SEVERITY);
    CONVERSATIONAL.put(KeyEvent.ROLLBACK, ROLLBACK);
    CONVERSATIONAL.put(KeyEvent.MITIGATION, MITIGATION);
    CONVERSATIONAL.put(KeyEvent.DEPLOY, DEPLOY);
  }

  private KeyEventClassifier() {}

  /** The key event a message states, or empty when it is conversation. */
  public static Optional<KeyEvent> classify(HistoryMessage message) {
    String text = message.text() == null ? "" : message.text();
    if (message.reactions().stream().anyMatch(PIN_REACTIONS::contains)) {
      return Optional.of(KeyEvent.PINNED);
    }
    if (ALERT_RESOLVED.matcher(text).find()) {
      return Optional.of(KeyEvent.ALERT_RESOLVED);
    }
    if (ALERT.matcher(text).find()) {
      return Optional.of(KeyEvent.ALERT);
    }
    for (Map.Entry<KeyEvent, Pattern> said : CONVERSATIONAL.entrySet()) {
      if (said.getValue().matcher(text).find()) {
        return Optional.of(said.getKey());
      }
    }
    return Optional.empty();
  }

  /** The severity a severity message names. */
  static Optional<Severity> severity(String text) {
    Matcher m = SEVERITY.matcher(text);
    return m.find() ? Severity.parse(m.group(2)) : Optional.empty();
  }

  /** {@code upgraded}, {@code downgraded}, or {@code changed} when the message does not say. */
  static String severityDirection(String text) {
    Matcher m = SEVERITY.matcher(text);
    if (!m.find()) {
      return "changed";
    }
    String verb = m.group(1).toLowerCase(java.util.Locale.ROOT);
    if (verb.matches("downgrad|lower")) {
      return "downgraded";
    }
    return verb.matches("upgrad|escalat|rais|bump") ? "upgraded" : "changed";
  }

  /** The version a rollback message names, such as {@code v3.1}. */
  static Optional<String> rollbackVersion(String text) {
    Matcher m = ROLLBACK.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.ofNullable(m.group(3) != null ? m.group(3) : m.group(6));
  }

  /** What follows "root cause identified:" in a message, when it says more. */
  static Optional<String> rootCause(String text) {
    Matcher m = ROOT_CAUSE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String rest = text.substring(m.end()).replaceFirst("^[\\s:,-]+", "").strip();
    return rest.length() >= 10 ? Optional.of(capitalised(rest)) : Optional.empty();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
