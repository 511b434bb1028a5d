package dev.aiir.commands.talk;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What names an alert across its notifications: its rule name, else its title's words; so that a
 * repeat of a firing alert is told from a different one.
 */
record AlertIdentity(String name, Set<String> words, String title, String source) {
  private static final Pattern ALERT_NAME = Pattern.compile("\\b[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+\\b");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]{2,}");
  private static final Pattern NOISE =
      Said.pattern(
          "#\\d+|\\d[\\d.,:%]*|\\[[^\\]]*\\]|triggered|firing|alerting|resolved|recovered|\\bok\\b");
  private static final Set<String> GENERIC =
      new HashSet<>(
          Arrays.asList(
              ("prod production staging warning critical page env high low alert alerts alerting"
                      + " triggered firing resolved recovered closed created the and for on in of is"
                      + " above below rate new issue opsgenie alarm")
                  .split(" ")));

  static AlertIdentity of(String title, String source) {
    Matcher named = ALERT_NAME.matcher(title);
    String name = named.find() ? named.group().toLowerCase(Locale.ROOT) : null;
    String lower = title.toLowerCase(Locale.ROOT);
    Set<String> words = new HashSet<>();
    Matcher w = WORD.matcher(lower.replaceAll("#\\d+|\\d[\\d.,:%]*", " "));
    while (w.find()) {
      if (!GENERIC.contains(w.group())) {
        words.add(w.group());
      }
    }
    String plain = NOISE.matcher(lower).replaceAll(" ").replaceAll("\\W+", " ").strip();
    return new AlertIdentity(name, words, plain, source);
  }

  /**
   * The same alert: the same rule name, the same title, or, told by another integration (a pager
   * relaying a monitor), mostly the same words.
   */
  boolean sameAs(AlertIdentity other) {
    if (name != null && other.name != null) {
      return name.equals(other.name);
    }
    if (title.equals(other.title)) {
      return true;
    }
    if (!source.equals(other.source) && !words.isEmpty() && !other.words.isEmpty()) {
      Set<String> shared = new HashSet<>(words);
      shared.retainAll(other.words);
      return shared.size() * 2 >= Math.min(words.size(), other.words.size());
    }
    return false;
  }
}
