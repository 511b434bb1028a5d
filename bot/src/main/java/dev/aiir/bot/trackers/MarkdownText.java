package dev.aiir.bot.trackers;

import dev.aiir.commands.model.DocBlock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Blocks as Markdown for GitHub and GitLab (issues, repository files, wiki pages), with every text
 * escaped so that what people wrote shows as written and is never markup: no emphasis, link, image,
 * HTML, heading or list of its own, no mention ({@code @team} gets a zero-width space, so nobody is
 * pinged) or cross-reference ({@code #12}), and no GitLab quick action ({@code /close} at the start
 * of a line).
 */
final class MarkdownText {
  private static final Pattern LINE_START = Pattern.compile("^(\\s*)([#+=/-])");
  private static final Pattern ORDERED = Pattern.compile("^(\\s*\\d+)([.)])");
  private static final String ZWSP = "\u200B";

  private MarkdownText() {}

  static String render(List<DocBlock> blocks) {
    StringBuilder out = new StringBuilder();
    DocBlock.Kind previous = null;
    int number = 0;
    for (DocBlock block : blocks) {
      boolean list = block.kind() == DocBlock.Kind.BULLET || block.kind() == DocBlock.Kind.NUMBERED;
      if (previous != null && !(list && block.kind() == previous)) {
        out.append('\n');
      }
      number =
          block.kind() == DocBlock.Kind.NUMBERED ? (previous == block.kind() ? number + 1 : 1) : 0;
      switch (block.kind()) {
        case HEADING ->
            out.append("#".repeat(Math.max(1, Math.min(block.level(), 6))))
                .append(' ')
                .append(escape(block.text()));
        case PARAGRAPH -> out.append(escape(block.text()));
        case BULLET ->
            out.append("  ".repeat(block.level())).append("- ").append(escape(block.text()));
        case NUMBERED -> out.append(number).append(". ").append(escape(block.text()));
        case LINK -> out.append(link(block.text(), block.url()));
      }
      out.append('\n');
      previous = block.kind();
    }
    return out.toString();
  }

  /** A link to an http(s) address; anything else is shown as text. */
  static String link(String text, String url) {
    if (url == null || !url.matches("https?://[^\\s<>()\\[\\]]+")) {
      return escape(text + (url == null ? "" : " " + url));
    }
    return "[" + escape(text) + "](" + url + ")";
  }

  /** One line of literal text, safe anywhere Markdown puts text. */
  static String escape(String text) {
    String line = text.replaceAll("[\\r\\n]+", " ");
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '~', '!', '{', '}' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '@', '#' -> {
          out.append(c);
          if (i + 1 < line.length() && Character.isLetterOrDigit(line.charAt(i + 1))) {
            out.append(ZWSP);
          }
        }
        default -> out.append(c);
      }
    }
    // A line that would start a heading, list, rule or quick action has that character escaped
    // (a quote's > is already &gt;, which starts none).
    String escaped = LINE_START.matcher(out).replaceFirst("$1\\\\$2");
    return ORDERED.matcher(escaped).replaceFirst("$1\\\\$2");
  }
}
