package dev.aiir.bot.discord;

import java.util.ArrayList;
import java.util.List;

/** Cuts text to Discord's limits: at line breaks where it can, inside a line only when it must. */
final class TextChunks {
  private TextChunks() {}

  static List<String> split(String text, int limit) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String rest = line;
      while (rest.length() > limit) {
        flush(chunks, current);
        chunks.add(rest.substring(0, limit));
        rest = rest.substring(limit);
      }
      int needed = current.length() == 0 ? rest.length() : current.length() + 1 + rest.length();
      if (needed > limit) {
        flush(chunks, current);
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(rest);
    }
    flush(chunks, current);
    return chunks.isEmpty() ? List.of("") : chunks;
  }

  private static void flush(List<String> chunks, StringBuilder current) {
    if (current.length() > 0) {
      chunks.add(current.toString());
      current.setLength(0);
    }
  }

  static String cut(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }
}
