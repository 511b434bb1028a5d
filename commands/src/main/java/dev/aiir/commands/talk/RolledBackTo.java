package dev.aiir.commands.talk;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model and the version a mitigation rolled back or pinned to, as the message names them:
 * "rolled the pt-BR toxicity model back to v9", "coach-api rolled back to v4.11.3", "we went back
 * to v5 of photomod-vit", "pinned the docx parser to 3.1.4". A value is not a version ("max_batch
 * to 64", "threshold to 0.85"), nor is a region or an instance type.
 */
final class RolledBackTo {
  /** What turns a thing back: the version named after it is the one now serving. */
  private static final Pattern BACK =
      Said.pattern(
          "\\brolled\\b|\\broll-?back\\b|\\breverted\\b|\\brevert\\b|\\bpinned\\b|\\bwent back\\b"
              + "|\\bback (?:to|on)\\b|\\bdowngraded\\b|\\brestored\\b|\\bswapped (?:\\S+ ){0,3}?back\\b"
              + "|\\bpoints? at\\b|\\brepointed\\b|\\bis on\\b"
              + "|\\bare on\\b|^\\W*(?:✅\\s*)?[\\w.-]+ on v?\\d");

  private static final Pattern VERSION =
      Pattern.compile(
          "(?<![\\w.\\-/])(v\\d[\\w.+-]*|r\\d+|\\d+\\.\\d+[\\w.+-]*|[a-z][a-z0-9]*(?:-[a-z0-9]+)*-v?\\d[\\w.+-]*"
              + "|\\d{4}-\\d\\d-\\d\\d[\\w.+-]*|[a-z]+\\d{4}\\.\\d[\\w.+-]*)(?![\\w\\-/])");

  /** Where the version follows: "back to", "on", "at". */
  private static final Pattern TO = Pattern.compile("\\b(?:to|on|at)\\b");

  private static final Pattern NOT_A_VERSION =
      Pattern.compile(
          "0\\.\\d+|(?:us|eu|ap|sa|ca|me|af)-[a-z]+-\\d+|[a-z]{2}\\d?-[a-z]+\\d?|ml\\..*|[a-z]\\d+\\.\\d?x?large"
              + "|\\d+\\.\\d+(?:s|ms|x|k|m|gb|mb)");
  private static final Pattern SUBJECT =
      Pattern.compile("([a-z][\\w.-]*(?: [a-z][\\w.-]*){0,2})\\s*$");
  private static final Pattern FILLER =
      Pattern.compile(
          "^(?:the|we|i|it|this|that|everything|all|traffic|serving|model|back|to|on|have|made"
              + "|rollback|of|and|done|ok|yes|✅|is|are|release|build|version|previous|at|in|for"
              + "|rolled|pinned|reverted|swapped|now|points|point)$");

  private RolledBackTo() {}

  /** {@code [model or null, version]}, or empty when the message names no version. */
  static Optional<String[]> of(String normalised) {
    for (String sentence : Said.sentences(normalised)) {
      Matcher back = BACK.matcher(sentence);
      if (back.find()) {
        Optional<String[]> found = after(sentence, back);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String[]> after(String sentence, Matcher back) {
    Matcher to = TO.matcher(sentence);
    int from = to.find(back.start()) && to.start() - back.end() < 60 ? to.end() : back.start();
    Matcher v = VERSION.matcher(sentence);
    while (v.find()) {
      if (v.start() < from) {
        continue;
      }
      String version = v.group(1).replaceAll("[.,;:)]+$", "");
      if (NOT_A_VERSION.matcher(version).matches() || v.start() - back.end() > 80) {
        continue;
      }
      return Optional.of(new String[] {model(sentence, back, v), version});
    }
    return Optional.empty();
  }

  /**
   * The name just before the version ("safety-svc 4.8.2"), else the words between the verb and the
   * version, else those before the verb ("coach-api rolled back"), else "v5 of photomod-vit".
   */
  private static String model(String sentence, Matcher back, Matcher version) {
    String before = sentence.substring(0, version.start()).strip();
    String last = before.substring(before.lastIndexOf(' ') + 1).replaceAll("^\\W+", "");
    String name = name(last);
    if (name == null) {
      int from = Math.min(back.end(), version.start());
      String between = sentence.substring(from, version.start());
      name = name(between.replaceAll("\\b(?:back|to|on|the|model|of)\\b", " "));
    }
    if (name == null) {
      Matcher subject = SUBJECT.matcher(sentence.substring(0, back.start()));
      name = subject.find() ? name(subject.group(1)) : null;
    }
    if (name == null) {
      Matcher of =
          Pattern.compile("^ of (?:the )?([a-z][\\w.-]*)")
              .matcher(sentence.substring(version.end()));
      name = of.find() ? name(of.group(1)) : null;
    }
    return name;
  }

  private static String name(String words) {
    StringBuilder kept = new StringBuilder();
    for (String word : words.strip().split("[\\s,()]+")) {
      if (!word.isEmpty() && !FILLER.matcher(word).matches()) {
        kept.append(kept.length() == 0 ? "" : " ").append(word);
      }
    }
    return kept.length() == 0 || kept.length() > 40 ? null : kept.toString();
  }
}
