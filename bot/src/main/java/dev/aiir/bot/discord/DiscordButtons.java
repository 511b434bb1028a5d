package dev.aiir.bot.discord;

import dev.aiir.commands.chat.Choice;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;

/**
 * A message's choices as Discord buttons: the choice's id is the button's custom id, so a press
 * comes back as the id the core made.
 */
final class DiscordButtons {
  /** Discord's limits: five buttons to a row, five rows to a message. */
  static final int PER_ROW = 5;

  static final int MAX_ROWS = 5;

  private DiscordButtons() {}

  static List<ActionRow> rows(List<Choice> choices) {
    List<Button> buttons =
        choices.stream()
            .filter(c -> c.id().length() <= Button.ID_MAX_LENGTH)
            .limit((long) PER_ROW * MAX_ROWS)
            .map(DiscordButtons::button)
            .toList();
    List<ActionRow> rows = new ArrayList<>();
    for (int start = 0; start < buttons.size(); start += PER_ROW) {
      rows.add(ActionRow.of(buttons.subList(start, Math.min(start + PER_ROW, buttons.size()))));
    }
    return rows;
  }

  static Button button(Choice choice) {
    return Button.of(
        style(choice.style()),
        choice.id(),
        TextChunks.cut(choice.label(), Button.LABEL_MAX_LENGTH));
  }

  private static ButtonStyle style(Choice.Style style) {
    return switch (style) {
      case PRIMARY -> ButtonStyle.PRIMARY;
      case DANGER -> ButtonStyle.DANGER;
      case PLAIN -> ButtonStyle.SECONDARY;
    };
  }
}
