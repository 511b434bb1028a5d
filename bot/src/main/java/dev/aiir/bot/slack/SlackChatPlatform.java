package dev.aiir.bot.slack;

import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.ChatChannel;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.HistoryMessage;
import dev.aiir.commands.port.HistoryPage;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Slack as the core's chat platform, through the Web API with the bot token. Messages go out as
 * Block Kit with an escaped plain-text fallback and never with {@code link_names} or {@code
 * parse=full}, so the bot cannot ping anyone with text it repeats.
 */
public final class SlackChatPlatform implements ChatPlatform {
  static final int MAX_NAME_ATTEMPTS = 20;
  private static final Set<String> ALREADY_IN = Set.of("already_in_channel", "cant_invite_self");
  private final SlackApi api;
  private final SlackUsers users;
  private final SlackHistory history;
  private final ChannelPacer pacer;

  SlackChatPlatform(SlackApi api) {
    this(api, ChannelPacer.none());
  }

  SlackChatPlatform(SlackApi api, ChannelPacer pacer) {
    this.api = api;
    this.pacer = pacer;
    this.users = new SlackUsers(api);
    this.history = new SlackHistory(api, users);
  }

  @Override
  public void post(Tenant tenant, String channelId, Message message) {
    post(channelId, BlockKit.render(message), null);
  }

  /** Posts a rendered message, in a thread when {@code threadTs} is set. */
  void post(String channelId, SlackMessage message, String threadTs) {
    try {
      pacer.awaitTurn(channelId);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlackApiFailure("chat.postMessage", "interrupted while pacing", e);
    }
    api.call(
        "chat.postMessage",
        m ->
            m.chatPostMessage(
                r ->
                    r.channel(channelId)
                        .text(message.text())
                        .blocks(message.blocks().isEmpty() ? null : message.blocks())
                        .threadTs(threadTs)
                        .unfurlLinks(false)
                        .unfurlMedia(false)));
  }

  @Override
  public void directMessage(Tenant tenant, String userId, Message message) {
    String channel =
        api.call("conversations.open", m -> m.conversationsOpen(r -> r.users(List.of(userId))))
            .getChannel()
            .getId();
    post(tenant, channel, message);
  }

  @Override
  public HistoryPage history(Tenant tenant, String channelId, String cursor) {
    return history.page(tenant, channelId, cursor);
  }

  /** One message of a channel by its ts, with its author's name and its readable text. */
  Optional<HistoryMessage> message(Tenant tenant, String channelId, String ts) {
    return history.find(tenant, channelId, ts);
  }

  SlackUsers users() {
    return users;
  }

  /** files.uploadV2: an upload URL, the raw upload, then completing it into the channel. */
  @Override
  public void upload(
      Tenant tenant, String channelId, String filename, String content, String comment) {
    api.call(
        "files.uploadV2",
        m ->
            m.filesUploadV2(
                r ->
                    r.channel(channelId)
                        .filename(filename)
                        .title(filename)
                        .content(content)
                        .initialComment(comment == null ? null : SlackText.escape(comment))));
  }

  /** Creates a public channel; a taken name is tried again with {@code -2}, {@code -3}, .... */
  @Override
  public ChatChannel createChannel(Tenant tenant, String name) {
    for (int attempt = 1; ; attempt++) {
      String candidate = SlackChannelNames.candidate(name, attempt);
      try {
        ConversationsCreateResponse created =
            api.call(
                "conversations.create",
                m -> m.conversationsCreate(r -> r.name(candidate).isPrivate(false)));
        return new ChatChannel(created.getChannel().getId(), created.getChannel().getName());
      } catch (SlackApiFailure e) {
        if (!"name_taken".equals(e.error()) || attempt == MAX_NAME_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  @Override
  public java.util.Optional<String> channelLink(Tenant tenant, String channelId) {
    // Slack's redirect opens the channel in the app or the browser, in its workspace.
    return java.util.Optional.of(
        "https://slack.com/app_redirect?team=" + tenant.workspaceId() + "&channel=" + channelId);
  }

  @Override
  public void invite(Tenant tenant, String channelId, String userId) {
    try {
      api.call(
          "conversations.invite",
          m -> m.conversationsInvite(r -> r.channel(channelId).users(List.of(userId))));
    } catch (SlackApiFailure e) {
      if (!ALREADY_IN.contains(e.error())) {
        throw e;
      }
    }
  }
}
