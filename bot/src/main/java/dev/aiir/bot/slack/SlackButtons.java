package dev.aiir.bot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.aiir.commands.chat.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message's choices as one Block Kit {@code actions} block of buttons, and the same message after
 * a press: its buttons gone once it is answered, and a line saying who did what, so the channel
 * reads as a record rather than a pile of stale buttons.
 */
final class SlackButtons {
  /** Slack's limits: elements in an actions block, characters in a button's text. */
  static final int MAX_BUTTONS = 25;

  static final int MAX_LABEL = 75;
  static final String BLOCK_ID = "aiir-choices";

  private SlackButtons() {}

  /** The actions block for {@code choices}; empty when there are none. */
  static Optional<LayoutBlock> actions(List<Choice> choices) {
    if (choices.isEmpty()) {
      return Optional.empty();
    }
    List<BlockElement> buttons = new ArrayList<>();
    for (Choice choice : choices.subList(0, Math.min(choices.size(), MAX_BUTTONS))) {
      buttons.add(button(choice));
    }
    return Optional.of(ActionsBlock.builder().blockId(BLOCK_ID).elements(buttons).build());
  }

  private static ButtonElement button(Choice choice) {
    // The id is both action_id (what Bolt routes on) and value, so either names the command.
    return ButtonElement.builder()
        .actionId(choice.id())
        .value(choice.id())
        .text(PlainTextObject.builder().text(cut(choice.label())).emoji(false).build())
        .style(style(choice.style()))
        .build();
  }

  private static String style(Choice.Style style) {
    return switch (style) {
      case PRIMARY -> "primary";
      case DANGER -> "danger";
      case PLAIN -> null;
    };
  }

  /**
   * A pressed message's blocks with the record line under them; {@code settles} drops its buttons
   * (all actions blocks: a message of the bot's carries only its own).
   */
  static List<LayoutBlock> recorded(List<LayoutBlock> original, String record, boolean settles) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (LayoutBlock block : original) {
      if (!(settles && block instanceof ActionsBlock)) {
        blocks.add(block);
      }
    }
    blocks.add(
        ContextBlock.builder()
            .elements(
                List.of(
                    MarkdownTextObject.builder()
                        .text(SlackText.escape(record))
                        .verbatim(true)
                        .build()))
            .build());
    return blocks;
  }

  private static String cut(String label) {
    return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
  }
}
