package dev.aiir.commands.pir;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.HistoryPage;

/** Pages through a channel's whole history, handing each message on without keeping it. */
public final class HistoryReader {
  private HistoryReader() {}

  public static void readAll(
      ChatPlatform chat, Tenant tenant, String channelId, HistoryDigest digest) {
    String cursor = null;
    do {
      HistoryPage page = chat.history(tenant, channelId, cursor);
      page.messages().forEach(digest::accept);
      cursor = page.nextCursor();
    } while (cursor != null);
  }
}
