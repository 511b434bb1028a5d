package dev.aiir.commands.testing;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.ChatChannel;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.HistoryMessage;
import dev.aiir.commands.port.HistoryPage;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat platform that records what the core sends and serves a scripted history in pages of {@code
 * pageSize}, as a real platform would.
 */
public final class RecordingChat implements ChatPlatform {
  /** Something the core sent: to a channel or a user, or a file. */
  public record Sent(Tenant tenant, String to, String text) {}

  private final List<Sent> posts = new ArrayList<>();
  private final List<Sent> directMessages = new ArrayList<>();
  private final List<Sent> uploads = new ArrayList<>();
  private final List<HistoryMessage> history = new ArrayList<>();
  private final List<ChatChannel> channels = new ArrayList<>();
  private final List<Sent> invites = new ArrayList<>();
  private final List<Message> messages = new ArrayList<>();
  private RuntimeException channelFailure;
  private int pageSize = 100;
  private int historyCalls;
  private RuntimeException historyFailure;

  /** From now on, reading history fails as a platform that is down or rate limited would. */
  public synchronized void failHistoryWith(RuntimeException failure) {
    historyFailure = failure;
  }

  public synchronized RecordingChat withHistory(List<HistoryMessage> messages, int pageSize) {
    history.clear();
    history.addAll(messages);
    this.pageSize = pageSize;
    return this;
  }

  @Override
  public synchronized void post(Tenant tenant, String channelId, Message message) {
    posts.add(new Sent(tenant, channelId, message.plainText()));
    messages.add(message);
  }

  @Override
  public synchronized void directMessage(Tenant tenant, String userId, Message message) {
    directMessages.add(new Sent(tenant, userId, message.plainText()));
    messages.add(message);
  }

  /** Every message posted or sent directly, whole (with its buttons), in order. */
  public synchronized List<Message> messages() {
    return List.copyOf(messages);
  }

  @Override
  public synchronized HistoryPage history(Tenant tenant, String channelId, String cursor) {
    historyCalls++;
    if (historyFailure != null) {
      throw historyFailure;
    }
    int from = cursor == null ? 0 : Integer.parseInt(cursor);
    int to = Math.min(history.size(), from + pageSize);
    String next = to < history.size() ? Integer.toString(to) : null;
    return new HistoryPage(history.subList(from, to), next);
  }

  @Override
  public synchronized void upload(
      Tenant tenant, String channelId, String filename, String content, String comment) {
    uploads.add(new Sent(tenant, channelId, filename + "\n" + content));
  }

  @Override
  public synchronized ChatChannel createChannel(Tenant tenant, String name) {
    if (channelFailure != null) {
      throw channelFailure;
    }
    ChatChannel channel = new ChatChannel("C-" + name, name);
    channels.add(channel);
    return channel;
  }

  @Override
  public synchronized void invite(Tenant tenant, String channelId, String userId) {
    invites.add(new Sent(tenant, channelId, userId));
  }

  /** Makes every later {@link #createChannel} fail, as a platform without the scope would. */
  public synchronized RecordingChat failingChannels() {
    return failingChannelsWith(new IllegalStateException("channel creation refused by the fake"));
  }

  public synchronized RecordingChat failingChannelsWith(RuntimeException failure) {
    channelFailure = failure;
    return this;
  }

  public synchronized List<ChatChannel> channels() {
    return List.copyOf(channels);
  }

  public synchronized List<Sent> invites() {
    return List.copyOf(invites);
  }

  public synchronized List<Sent> posts() {
    return List.copyOf(posts);
  }

  public synchronized List<Sent> directMessages() {
    return List.copyOf(directMessages);
  }

  public synchronized List<Sent> uploads() {
    return List.copyOf(uploads);
  }

  public synchronized int historyCalls() {
    return historyCalls;
  }
}
