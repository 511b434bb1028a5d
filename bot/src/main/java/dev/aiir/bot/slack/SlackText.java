package dev.aiir.bot.slack;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's text rules in both directions. Out: {@code &}, {@code <} and {@code >} are escaped, so
 * that repeated user text can never form a {@code <!channel>} or a user mention. In: a message's
 * markup is turned back into what a person reads, for the timeline and the PIR.
 */
public final class SlackText {
  private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");

  private SlackText() {}

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * A message's text as read: {@code <@U1>} becomes {@code @name} (names from {@code userName}),
   * {@code <#C1|ops>} {@code #ops}, {@code <!here>} {@code @here}, {@code <https://x|label>} {@code
   * label (https://x)}, and the three escapes are undone.
   */
  public static String readable(String text, Function<String, String> userName) {
    if (text == null) {
      return "";
    }
    Matcher m = MARKUP.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(token(m.group(1), userName)));
    }
    m.appendTail(out);
    return unescape(out.toString());
  }

  private static String token(String inside, Function<String, String> userName) {
    int bar = inside.indexOf('|');
    String target = bar < 0 ? inside : inside.substring(0, bar);
    String label = bar < 0 ? null : inside.substring(bar + 1);
    if (target.startsWith("@")) {
      return "@" + (label != null ? label : userName.apply(target.substring(1)));
    }
    if (target.startsWith("#")) {
      return "#" + (label != null ? label : target.substring(1));
    }
    if (target.startsWith("!")) {
      return "@" + (label != null ? label : target.substring(1).replaceFirst("^subteam\\^", ""));
    }
    return label != null ? label + " (" + target + ")" : target;
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** Slack's permalink form, which opens the message in whichever workspace holds it. */
  public static String permalink(String channelId, String ts, String threadTs) {
    if (channelId == null || channelId.isBlank() || ts == null) {
      return null;
    }
    String link = "https://slack.com/archives/" + channelId + "/p" + ts.replace(".", "");
    return threadTs == null ? link : link + "?thread_ts=" + threadTs + "&cid=" + channelId;
  }
}
