package dev.aiir.bot.offline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's message markup as a person reads it: {@code <@U01>} is {@code @maya}, {@code
 * <https://x|label>} is {@code label (https://x)}, and {@code &lt;} is {@code <}. Broadcasts such
 * as {@code <!channel>} stay as written; the core defuses them when it shows them.
 */
final class SlackText {
  private static final Pattern USER = Pattern.compile("<@([A-Z0-9]+)(?:\\|([^>]+))?>");
  private static final Pattern LINK = Pattern.compile("<(https?://[^|>]+)(?:\\|([^>]+))?>");

  private SlackText() {}

  static String readable(String text, Map<String, String> userNames) {
    if (text == null) {
      return "";
    }
    String users =
        USER.matcher(text)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        "@"
                            + (m.group(2) != null
                                ? m.group(2)
                                : userNames.getOrDefault(m.group(1), m.group(1)))));
    String links =
        LINK.matcher(users)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        m.group(2) == null ? m.group(1) : m.group(2) + " (" + m.group(1) + ")"));
    return links.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
