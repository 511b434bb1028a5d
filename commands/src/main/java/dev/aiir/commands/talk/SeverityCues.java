package dev.aiir.commands.talk;

import dev.aiir.commands.model.Severity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A severity stated, raised or lowered: SEV-2, sev 2, "severity two", P0 to P4. */
final class SeverityCues {
  private static final Pattern LEVEL =
      Said.pattern(
          "\\bsev(?:erity)?(?:[- ]?|\\s?[=:]\\s?| (?:stays?|remains?|is|at|back to|now) )"
              + "([0-4]|one|two|three|four)\\b|\\b(?:stay|stays|staying|keep it|keeping it|remains?) at"
              + " ([1-4])\\b(?![%.]|\\s*(?:replicas|pods|nodes|x|s|ms|min|h|hours|gpus))"
              + "|(?<![\\[\\w])p([0-4])\\b(?!\\s*(?:support|ticket|case|bug|action|follow|item|task"
              + "|fix|issue|dash|latency|/))");
  private static final Pattern NOT_THIS_ONE =
      Said.pattern("\\bnot\\b|\\bno\\b|last|previous|another|other|like");

  /**
   * A severity of another incident ("sev1 last quarter was worse"), or one only suggested to
   * whoever decides ("I'd call it sev 3"): not this incident's severity, stated.
   */
  private static final Pattern ELSEWHERE =
      Said.pattern(
          "\\b(?:last|previous|prior) (?:week|month|quarter|year|time|incident|outage)\\b|\\bago\\b"
              + "|\\bi'?d (?:call|say|put|rate|go with|make|class)\\w*\\b|\\bwould (?:be|call|say)\\b"
              + "|\\bif (?:it|this|we|they)\\b"
              + "|\\b(?:saw|seen|see|in|on|from|about|re:?) (?:the|this|that) (?:sev|p)[- ]?[0-4]\\b");

  private static final Pattern UP = Said.pattern("\\b(upgrad|escalat|rais|bump|increas)\\w*");
  private static final Pattern DOWN = Said.pattern("\\b(downgrad|lower|drop|reduc|decreas)\\w*");

  private SeverityCues() {}

  /** The severity the message states, if it states one (a question does not). */
  private static final String[] MENTIONS = {
    "sev", "p0", "p1", "p2", "p3", "p4", "stay", "keep", "remain"
  };

  static Optional<Severity> stated(Utterance said) {
    if (!said.mentions(MENTIONS)) {
      return Optional.empty();
    }
    for (String s : said.sentences()) {
      if (Hedges.isQuestion(s) || ELSEWHERE.matcher(s).find()) {
        continue;
      }
      Matcher m = LEVEL.matcher(s);
      while (m.find()) {
        String before = s.substring(Math.max(0, m.start() - 14), m.start());
        if (NOT_THIS_ONE.matcher(before).find()) {
          continue;
        }
        Optional<Severity> level = level(m);
        if (level.isPresent()) {
          return level;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Severity> level(Matcher m) {
    if (m.group(1) != null) {
      String v = m.group(1);
      int n =
          switch (v) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            default -> Integer.parseInt(v);
          };
      return n >= 1 ? Severity.parse(Integer.toString(n)) : Optional.empty();
    }
    if (m.group(2) != null) {
      return Severity.parse(m.group(2));
    }
    int p = Integer.parseInt(m.group(3));
    return Severity.parse(Integer.toString(Math.max(1, p)));
  }

  /** {@code upgraded}, {@code downgraded}, or {@code set} when the message does not say. */
  static String direction(Utterance said) {
    if (DOWN.matcher(said.text()).find()) {
      return "downgraded";
    }
    return UP.matcher(said.text()).find() ? "upgraded" : "set";
  }
}
