package dev.aiir.commands.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text unable to ping anyone on Slack or Discord, while keeping it readable: a zero-width
 * space breaks {@code @everyone}, {@code @here}, {@code @channel} and the {@code <!...>}, {@code
 * <@...>} and {@code <#...>} mention syntax of both platforms.
 */
public final class Mentions {
  static final String BREAK = "\u200B";
  private static final Pattern BROADCAST =
      Pattern.compile("@(everyone|here|channel)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANGLE_MENTION = Pattern.compile("<([!@#])");

  private Mentions() {}

  public static String defuse(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String once = BROADCAST.matcher(text).replaceAll(m -> "@" + BREAK + quote(m.group(1)));
    return ANGLE_MENTION.matcher(once).replaceAll(m -> "<" + BREAK + quote(m.group(1)));
  }

  private static String quote(String s) {
    return Matcher.quoteReplacement(s);
  }
}
