package dev.aiir.bot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A message rendered for Slack: Block Kit blocks and the plain-text fallback beside them. */
record SlackMessage(String text, List<LayoutBlock> blocks) {
  SlackMessage {
    blocks = List.copyOf(blocks);
  }
}
