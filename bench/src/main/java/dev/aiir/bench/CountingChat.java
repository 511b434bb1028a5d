package dev.aiir.bench;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.ChatChannel;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.HistoryPage;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * A chat platform that delivers every message nowhere and counts them: the gate benchmark's
 * announcements go through the store's outbox and the delivery like real ones.
 */
final class CountingChat implements ChatPlatform {
  private final LongAdder delivered = new LongAdder();

  @Override
  public void post(Tenant tenant, String channelId, Message message) {
    delivered.increment();
  }

  @Override
  public void directMessage(Tenant tenant, String userId, Message message) {
    delivered.increment();
  }

  @Override
  public HistoryPage history(Tenant tenant, String channelId, String cursor) {
    return new HistoryPage(List.of(), null);
  }

  @Override
  public void upload(
      Tenant tenant, String channelId, String filename, String content, String comment) {
    delivered.increment();
  }

  @Override
  public ChatChannel createChannel(Tenant tenant, String name) {
    return new ChatChannel(name, name);
  }

  long delivered() {
    return delivered.sum();
  }
}
