package dev.aiir.commands.port;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Tenant;

/**
 * What the core asks of a chat platform beyond answering a command: posting, direct messages,
 * reading history page by page, uploading files and creating channels. Failures are exceptions; the
 * core catches them where a command can go on without the platform.
 */
public interface ChatPlatform {

  void post(Tenant tenant, String channelId, Message message);

  void directMessage(Tenant tenant, String userId, Message message);

  /** One page of the channel's history, oldest first; {@code cursor} null for the first page. */
  HistoryPage history(Tenant tenant, String channelId, String cursor);

  void upload(Tenant tenant, String channelId, String filename, String content, String comment);

  /**
   * Creates a channel named as close to {@code name} as the platform allows (a taken name gets a
   * suffix) and returns it.
   */
  ChatChannel createChannel(Tenant tenant, String name);

  /**
   * Adds a person to a channel, on platforms where channels have members; a person already there is
   * no error. Platforms where every member sees every channel do nothing.
   */
  default void invite(Tenant tenant, String channelId, String userId) {}

  /**
   * A link that opens the channel for a reader outside chat (an exported issue links back to its
   * incident's channel); empty where the platform has none.
   */
  default java.util.Optional<String> channelLink(Tenant tenant, String channelId) {
    return java.util.Optional.empty();
  }

  /**
   * Whether this process can send to the platform now. A replica standing by for a connection that
   * another replica holds (Discord's gateway) cannot, and leaves the sending to that one.
   */
  default boolean connected() {
    return true;
  }
}
