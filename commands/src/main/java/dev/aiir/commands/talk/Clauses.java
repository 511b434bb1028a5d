package dev.aiir.commands.talk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause of a sentence around a place in it: what a qualifier ("not", "stays", "until") says
 * about one thing said, without reaching the next ("resolving the incident, v2 stays off until the
 * fix ships").
 */
final class Clauses {
  private static final Pattern BREAK =
      Pattern.compile("[,;:()]|\\s(?:and|but|while|though|although|whereas)\\s|\\s[-–—]\\s");

  private Clauses() {}

  /** From the break before {@code at} to the break after it. */
  static String around(String sentence, int at) {
    int start = 0;
    int end = sentence.length();
    Matcher m = BREAK.matcher(sentence);
    while (m.find()) {
      if (m.end() <= at) {
        start = m.end();
      } else if (m.start() > at) {
        end = m.start();
        break;
      }
    }
    return sentence.substring(start, end);
  }

  /** From the start of the sentence to the break after {@code at}: what leads up to it too. */
  static String upTo(String sentence, int at) {
    Matcher m = BREAK.matcher(sentence);
    while (m.find()) {
      if (m.start() > at) {
        return sentence.substring(0, m.start());
      }
    }
    return sentence;
  }
}
