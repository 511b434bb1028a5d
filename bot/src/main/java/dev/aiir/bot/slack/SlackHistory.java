package dev.aiir.bot.slack;

import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Attachment;
import com.slack.api.model.Message;
import com.slack.api.model.Reaction;
import com.slack.api.model.ResponseMetadata;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.port.HistoryMessage;
import dev.aiir.commands.port.HistoryPage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a channel's history: a page of {@code conversations.history} (Slack pages from the newest
 * back; each page is returned oldest first), each thread's replies (all their pages) right after
 * its parent, and single messages by their ts, for pins.
 */
final class SlackHistory {
  static final int PAGE_SIZE = 200;
  private final SlackApi api;
  private final SlackUsers users;

  SlackHistory(SlackApi api, SlackUsers users) {
    this.api = api;
    this.users = users;
  }

  HistoryPage page(Tenant tenant, String channelId, String cursor) {
    ConversationsHistoryResponse response =
        api.call(
            "conversations.history",
            m -> m.conversationsHistory(r -> r.channel(channelId).cursor(cursor).limit(PAGE_SIZE)));
    List<Message> newestFirst = new ArrayList<>(response.getMessages());
    Collections.reverse(newestFirst);
    List<HistoryMessage> page = new ArrayList<>();
    for (Message message : newestFirst) {
      page.add(toHistory(tenant, channelId, message));
      if (hasReplies(message)) {
        page.addAll(replies(tenant, channelId, message.getTs()));
      }
    }
    return new HistoryPage(page, next(response.getResponseMetadata()));
  }

  /** The message {@code ts} of the channel, top-level or in a thread. */
  Optional<HistoryMessage> find(Tenant tenant, String channelId, String ts) {
    ConversationsHistoryResponse top =
        api.call(
            "conversations.history",
            m ->
                m.conversationsHistory(
                    r -> r.channel(channelId).latest(ts).oldest(ts).inclusive(true).limit(1)));
    Optional<Message> found = withTs(top.getMessages(), ts);
    if (found.isEmpty()) {
      ConversationsRepliesResponse thread =
          api.call(
              "conversations.replies",
              m ->
                  m.conversationsReplies(
                      r -> r.channel(channelId).ts(ts).latest(ts).oldest(ts).inclusive(true)));
      found = withTs(thread.getMessages(), ts);
    }
    return found.map(message -> toHistory(tenant, channelId, message));
  }

  private List<HistoryMessage> replies(Tenant tenant, String channelId, String threadTs) {
    List<HistoryMessage> replies = new ArrayList<>();
    String cursor = null;
    do {
      String page = cursor;
      ConversationsRepliesResponse response =
          api.call(
              "conversations.replies",
              m ->
                  m.conversationsReplies(
                      r -> r.channel(channelId).ts(threadTs).cursor(page).limit(PAGE_SIZE)));
      for (Message reply : response.getMessages()) {
        if (!threadTs.equals(reply.getTs())) {
          replies.add(toHistory(tenant, channelId, reply));
        }
      }
      cursor = next(response.getResponseMetadata());
    } while (cursor != null);
    return replies;
  }

  private HistoryMessage toHistory(Tenant tenant, String channelId, Message message) {
    boolean fromBot = message.getBotId() != null;
    UserRef author =
        message.getUser() != null
            ? users.ref(tenant, message.getUser())
            : new UserRef(
                Objects.requireNonNullElse(message.getBotId(), "unknown"), botName(message));
    String threadId =
        message.getThreadTs() != null && !message.getThreadTs().equals(message.getTs())
            ? message.getThreadTs()
            : null;
    return new HistoryMessage(
        message.getTs(),
        SlackTs.toInstant(message.getTs()),
        author,
        fromBot,
        SlackText.readable(said(message), id -> users.name(tenant, id)),
        reactions(message),
        threadId,
        SlackText.permalink(channelId, message.getTs(), threadId));
  }

  /** The text with its attachments' words: where alert bots put theirs. */
  private static String said(Message message) {
    StringBuilder out = new StringBuilder(Objects.requireNonNullElse(message.getText(), ""));
    if (message.getAttachments() != null) {
      for (Attachment a : message.getAttachments()) {
        line(out, a.getPretext());
        line(out, a.getTitle());
        line(out, a.getText() != null ? a.getText() : a.getFallback());
        if (a.getFields() != null) {
          a.getFields().forEach(f -> line(out, f.getTitle() + ": " + f.getValue()));
        }
      }
    }
    return out.toString().strip();
  }

  private static void line(StringBuilder out, String text) {
    if (text != null && !text.isBlank()) {
      out.append('\n').append(text.strip());
    }
  }

  private static String botName(Message message) {
    if (message.getBotProfile() != null && message.getBotProfile().getName() != null) {
      return message.getBotProfile().getName();
    }
    return message.getUsername();
  }

  private static Set<String> reactions(Message message) {
    return message.getReactions() == null
        ? Set.of()
        : message.getReactions().stream().map(Reaction::getName).collect(Collectors.toSet());
  }

  private static boolean hasReplies(Message message) {
    return message.getReplyCount() != null
        && message.getReplyCount() > 0
        && message.getTs().equals(message.getThreadTs());
  }

  private static Optional<Message> withTs(List<Message> messages, String ts) {
    return messages == null
        ? Optional.empty()
        : messages.stream().filter(m -> ts.equals(m.getTs())).findFirst();
  }

  private static String next(ResponseMetadata metadata) {
    if (metadata == null
        || metadata.getNextCursor() == null
        || metadata.getNextCursor().isBlank()) {
      return null;
    }
    return metadata.getNextCursor();
  }
}
