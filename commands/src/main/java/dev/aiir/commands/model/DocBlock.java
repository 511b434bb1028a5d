package dev.aiir.commands.model;

import java.util.Objects;

/**
 * One block of a document aiir exports (a tracker issue's body, a PIR page), in no vendor's format:
 * each target renders it in its own markup and escapes {@code text}, which is always literal, never
 * markup.
 *
 * @param level a heading's level (1 or 2); a bullet's depth (0 at the top, 1 under the one before);
 *     0 for other blocks
 * @param url a {@link Kind#LINK}'s address; null for other blocks
 */
public record DocBlock(Kind kind, int level, String text, String url) {

  /** What the block is. */
  public enum Kind {
    HEADING,
    PARAGRAPH,
    BULLET,
    NUMBERED,
    /** A paragraph that is one link: {@code text} pointing at {@code url}. */
    LINK
  }

  public DocBlock {
    Objects.requireNonNull(kind, "kind");
    text = text == null ? "" : text;
  }

  public static DocBlock heading(int level, String text) {
    return new DocBlock(Kind.HEADING, level, text, null);
  }

  public static DocBlock paragraph(String text) {
    return new DocBlock(Kind.PARAGRAPH, 0, text, null);
  }

  public static DocBlock bullet(String text) {
    return new DocBlock(Kind.BULLET, 0, text, null);
  }

  public static DocBlock numbered(String text) {
    return new DocBlock(Kind.NUMBERED, 0, text, null);
  }

  public static DocBlock link(String text, String url) {
    return new DocBlock(Kind.LINK, 0, text, Objects.requireNonNull(url, "url"));
  }
}
