package dev.aiir.commands.talk;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a bot's message reads: a status page post, an alert that recovered, a routine notice (a
 * deploy, a workflow that succeeded), or an alert firing.
 */
final class AlertCues {
  enum Reading {
    STATUS_PAGE,
    RECOVERED,
    /** A deploy bot saying a fix or hotfix went out: a mitigation, told by the pipeline. */
    FIX_DEPLOYED,
    ROUTINE,
    FIRING
  }

  private static final Pattern STATUS_PAGE =
      Said.pattern(
          "^\\W*(investigating|identified|monitoring|resolved|update)\\s+[-–]\\s"
              + "|incident \"[^\"]*\" (created|updated)|\\bstatus\\]|\\bthis incident has been resolved\\b"
              + "|\\bwe are (investigating|monitoring|seeing|routing)\\b"
              + "|\\ba fix has been (implemented|deployed|applied)\\b|\\bhas been identified\\b"
              + "|\\bstatus: (investigating|identified|monitoring|resolved)\\b");
  private static final Pattern RECOVERED =
      Said.pattern(
          "\\[resolved\\]|^\\W*resolved\\b|\\bresolved\\b|\\[ok\\]|^\\W*ok\\b|\\brecovered\\b"
              + "|\\bclosed\\b|\\bback (?:to normal|within)\\b|\\bpassed\\b|\\bcondition cleared\\b|✅");
  private static final Pattern ROUTINE =
      Said.pattern(
          "\\bsucceeded\\b|\\bstarted\\b|\\bmerged\\b|\\bdeployed\\b|\\bworkflow\\b|\\bhealthy\\b");
  private static final Pattern FIX =
      Said.pattern(
          "\\b(hotfix|fix|patch(?:ed)?)\\b[^\\n]{0,60}\\b(deployed|shipped|live|rolled out|released)\\b"
              + "|\\b(deployed|shipped|released)\\b[^\\n]{0,60}\\b(hotfix|fix|patch(?:ed)?)\\b");
  private static final Pattern TROUBLE =
      Said.pattern("fail|error|alert|anomal|above|below|>|<|resolved|recovered|\\[ok\\]");
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

  private AlertCues() {}

  static Reading read(String author, String title, String said) {
    String text = said.toLowerCase(Locale.ROOT);
    title = title.toLowerCase(Locale.ROOT);
    String head = text.length() > 200 ? text.substring(0, 200) : text;
    if (STATUS_PAGE.matcher(text).find() || author.toLowerCase(Locale.ROOT).contains("status")) {
      return Reading.STATUS_PAGE;
    }
    if (FIX.matcher(text).find()) {
      return Reading.FIX_DEPLOYED;
    }
    if (ROUTINE.matcher(text).find() && !TROUBLE.matcher(text).find()) {
      return Reading.ROUTINE;
    }
    if (RECOVERED.matcher(title).find() || RECOVERED.matcher(head).find()) {
      return Reading.RECOVERED;
    }
    return Reading.FIRING;
  }

  /** What names an alert across its notifications: its rule name, else its title's words. */
  record Identity(String name, Set<String> words, String title, String source) {
    static Identity of(String title, String source) {
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
      return new Identity(name, words, plain, source);
    }

    /**
     * The same alert: the same rule name, the same title, or, told by another integration (a pager
     * relaying a monitor), mostly the same words.
     */
    boolean sameAs(Identity other) {
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
}
