package dev.aiir.commands.port;

import java.util.List;

/** One page of a channel's history; {@code nextCursor} is null on the last page. */
public record HistoryPage(List<HistoryMessage> messages, String nextCursor) {
  public HistoryPage {
    messages = List.copyOf(messages);
  }

  public boolean isLast() {
    return nextCursor == null;
  }
}
