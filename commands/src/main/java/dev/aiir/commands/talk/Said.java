package dev.aiir.commands.talk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a message says, made comparable: lower case, straight quotes, without links, emoji codes and
 * the lines it quotes from others (their words were judged where they were written).
 */
final class Said {
  static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern LINK = Pattern.compile("<?https?://\\S+>?");
  private static final Pattern EMOJI_CODE = Pattern.compile(":[a-z0-9_+-]+:");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?;])\\s+|\\n+|(?<=[a-z0-9)])\\s+[-–—]\\s+");

  private Said() {}

  static String normalised(String text) {
    String straight =
        text.replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('\u201c', '"')
            .replace('\u201d', '"');
    StringBuilder kept = new StringBuilder(straight.length());
    for (String line : straight.split("\n", -1)) {
      if (!line.stripLeading().startsWith(">")) {
        kept.append(line).append('\n');
      }
    }
    String plain = EMOJI_CODE.matcher(LINK.matcher(kept).replaceAll(" ")).replaceAll(" ");
    return plain.toLowerCase(java.util.Locale.ROOT).strip();
  }

  /** The text without what it puts in double quotes: words quoted are not the speaker's claim. */
  static String unquoted(String text) {
    return QUOTED.matcher(text).replaceAll(" ");
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String part : SENTENCE_END.split(text)) {
      String s = part.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  static int words(String text) {
    String s = text.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  static Pattern pattern(String regex) {
    return Pattern.compile(regex, FLAGS);
  }
}
