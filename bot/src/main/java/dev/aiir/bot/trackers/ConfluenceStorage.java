package dev.aiir.bot.trackers;

import dev.aiir.commands.model.DocBlock;
import java.util.List;

/**
 * Blocks as Confluence's storage format (XHTML): headings, paragraphs, lists (a bullet one level
 * down nests in the one before) and links. All text is XML-escaped, so what people wrote shows as
 * written: a {@code <script>}, a macro ({@code <ac:structured-macro>}) or a user link ({@code
 * <ri:user>}) in it is text, never markup.
 */
final class ConfluenceStorage {
  private ConfluenceStorage() {}

  static String render(List<DocBlock> blocks, String marker) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < blocks.size()) {
      DocBlock first = blocks.get(i);
      if (!isList(first)) {
        out.append(block(first));
        i++;
        continue;
      }
      String tag = first.kind() == DocBlock.Kind.BULLET ? "ul" : "ol";
      out.append('<').append(tag).append('>');
      boolean head = true;
      while (i < blocks.size()
          && blocks.get(i).kind() == first.kind()
          && (head || blocks.get(i).level() == 0)) {
        head = false;
        out.append("<li>").append(escape(blocks.get(i).text()));
        i++;
        if (i < blocks.size() && isNested(blocks.get(i))) {
          out.append("<ul>");
          while (i < blocks.size() && isNested(blocks.get(i))) {
            out.append("<li>").append(escape(blocks.get(i).text())).append("</li>");
            i++;
          }
          out.append("</ul>");
        }
        out.append("</li>");
      }
      out.append("</").append(tag).append('>');
    }
    out.append("<p><sub>").append(escape(marker)).append("</sub></p>");
    return out.toString();
  }

  private static boolean isList(DocBlock block) {
    return block.kind() == DocBlock.Kind.BULLET || block.kind() == DocBlock.Kind.NUMBERED;
  }

  private static boolean isNested(DocBlock block) {
    return block.kind() == DocBlock.Kind.BULLET && block.level() > 0;
  }

  private static String block(DocBlock block) {
    return switch (block.kind()) {
      case HEADING -> {
        int level = Math.max(1, Math.min(block.level(), 6));
        yield "<h" + level + ">" + escape(block.text()) + "</h" + level + ">";
      }
      case LINK -> "<p>" + link(block.text(), block.url()) + "</p>";
      default -> "<p>" + escape(block.text()) + "</p>";
    };
  }

  private static String link(String text, String url) {
    if (url == null || !url.matches("https?://\\S+")) {
      return escape(text + (url == null ? "" : " " + url));
    }
    return "<a href=\"" + escape(url) + "\">" + escape(text) + "</a>";
  }

  /** Text as XML character data or an attribute value; characters XML cannot hold are dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
