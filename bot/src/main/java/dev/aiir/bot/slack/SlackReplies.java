package dev.aiir.bot.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;

/**
 * A reply as a slash command's answer: {@code in_channel} for the channel, {@code ephemeral} for
 * its author alone (errors, help), with blocks and the escaped plain-text fallback.
 */
final class SlackReplies {
  private SlackReplies() {}

  static SlashCommandResponse of(Reply reply) {
    return response(reply.message(), reply.isPrivate());
  }

  static SlashCommandResponse ephemeral(String text) {
    return response(Message.text(text), true);
  }

  private static SlashCommandResponse response(Message message, boolean ephemeral) {
    SlackMessage rendered = BlockKit.render(message);
    return SlashCommandResponse.builder()
        .responseType(ephemeral ? "ephemeral" : "in_channel")
        .text(rendered.text())
        .blocks(rendered.blocks().isEmpty() ? null : rendered.blocks())
        .build();
  }
}
