package dev.aiir.commands.talk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a message says, made comparable: lower case, straight quotes, without links, emoji codes,
 * the lines it quotes from others (their words were judged where they were written) and the code
 * blocks it pastes (a log line saying "rollback failed" is output, not the speaker's claim).
 */
final class Said {
  private static final Pattern LINK = Pattern.compile("<?https?://\\S+>?");
  private static final Pattern EMOJI_CODE = Pattern.compile(":[a-z0-9_+-]+:");
  private static final Pattern CODE_BLOCK = Pattern.compile("```.*?(?:```|$)", Pattern.DOTALL);

  /**
   * Words in double quotes, or in single quotes that open and close outside a word (so that the
   * apostrophes of "don't" and "users'" neither open nor close a quote).
   */
  private static final Pattern QUOTED =
      Pattern.compile("\"[^\"]*\"|(?<![\\w'])'(?:[^'\n]|'(?=\\w)){2,}?'(?![\\w])");

  private static final Pattern SPACES = Pattern.compile("[ \t]{2,}");

  private Said() {}

  static String normalised(String text) {
    String straight =
        text.replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('\u201c', '"')
            .replace('\u201d', '"');
    if (straight.contains("```")) {
      straight = CODE_BLOCK.matcher(straight).replaceAll(" ");
    }
    StringBuilder kept = new StringBuilder(straight.length());
    for (String line : straight.split("\n", -1)) {
      if (!line.stripLeading().startsWith(">")) {
        kept.append(line).append('\n');
      }
    }
    String plain = kept.toString();
    if (plain.contains("http")) {
      plain = LINK.matcher(plain).replaceAll(" ");
    }
    if (plain.indexOf(':') >= 0) {
      plain = EMOJI_CODE.matcher(plain).replaceAll(" ");
    }
    return plain.toLowerCase(java.util.Locale.ROOT).strip();
  }

  /** The text without what it puts in quotes: words quoted are not the speaker's claim. */
  static String unquoted(String text) {
    if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
      return text;
    }
    return SPACES.matcher(QUOTED.matcher(text).replaceAll(" ")).replaceAll(" ");
  }

  /**
   * The text cut after sentence-ending punctuation followed by a space, at line breaks, and at a
   * dash between words ("drained eu-west - traffic on eu-central").
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(out, text, start, i);
        start = i + 1;
      } else if (Character.isWhitespace(c) && i > 0 && ".!?;".indexOf(text.charAt(i - 1)) >= 0) {
        add(out, text, start, i);
        start = i + 1;
      } else if (isDash(c)
          && i > 1
          && i + 1 < n
          && text.charAt(i - 1) == ' '
          && text.charAt(i + 1) == ' '
          && isWordEnd(text.charAt(i - 2))) {
        add(out, text, start, i - 1);
        start = i + 1;
      }
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '–' || c == '—';
  }

  private static boolean isWordEnd(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ')';
  }

  /** A sentence; a short question tagged on after a comma ("..., that you?") is one of its own. */
  private static void add(List<String> out, String text, int from, int to) {
    String s = text.substring(from, Math.max(from, to)).strip();
    if (s.isEmpty()) {
      return;
    }
    int comma = s.lastIndexOf(", ");
    if (s.endsWith("?") && comma > 0 && words(s.substring(comma + 2)) <= 4 && words(s) > 8) {
      out.add(s.substring(0, comma + 1));
      out.add(s.substring(comma + 2));
    } else {
      out.add(s);
    }
  }

  static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /**
   * A cue, written in lower case: it is matched against {@link #normalised} text, so it needs no
   * case-insensitive matching (which costs Java's regex engine several times the time).
   */
  static Pattern pattern(String regex) {
    return Pattern.compile(regex);
  }
}
