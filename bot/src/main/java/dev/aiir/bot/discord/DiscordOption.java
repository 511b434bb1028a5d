package dev.aiir.bot.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/**
 * One typed option of a Discord subcommand, and the word of the text grammar it stands for (such as
 * {@code --sev} or {@code <title>}), so a test can hold the two in step.
 */
record DiscordOption(
    OptionType type,
    String name,
    String grammarWord,
    String description,
    boolean required,
    List<Choice> choices,
    int maxLength,
    long minValue) {

  static final int NO_LIMIT = 0;

  DiscordOption {
    choices = List.copyOf(choices);
  }

  static DiscordOption text(String name, String grammarWord, String description) {
    return new DiscordOption(
        OptionType.STRING, name, grammarWord, description, false, List.of(), NO_LIMIT, NO_LIMIT);
  }

  static DiscordOption person(String name, String grammarWord, String description) {
    return new DiscordOption(
        OptionType.USER, name, grammarWord, description, false, List.of(), NO_LIMIT, NO_LIMIT);
  }

  /** A yes-or-no option, the grammar's flag such as {@code --force}. */
  static DiscordOption flag(String name, String grammarWord, String description) {
    return new DiscordOption(
        OptionType.BOOLEAN, name, grammarWord, description, false, List.of(), NO_LIMIT, NO_LIMIT);
  }

  static DiscordOption number(String name, String grammarWord, String description) {
    return new DiscordOption(
        OptionType.INTEGER, name, grammarWord, description, false, List.of(), NO_LIMIT, 1);
  }

  static DiscordOption choice(
      OptionType type, String name, String grammarWord, String description, List<Choice> values) {
    return new DiscordOption(
        type, name, grammarWord, description, false, values, NO_LIMIT, NO_LIMIT);
  }

  /** A severity, chosen from SEV-1 (worst) to SEV-4 and sent as its level. */
  static DiscordOption severity(String name, String grammarWord, String description) {
    return choice(OptionType.INTEGER, name, grammarWord, description, OptionChoices.severities());
  }

  DiscordOption asRequired() {
    return new DiscordOption(
        type, name, grammarWord, description, true, choices, maxLength, minValue);
  }

  DiscordOption maxLength(int value) {
    return new DiscordOption(
        type, name, grammarWord, description, required, choices, value, minValue);
  }

  OptionData toData() {
    OptionData data = new OptionData(type, name, description, required).addChoices(choices);
    if (maxLength != NO_LIMIT) {
      data.setMaxLength(maxLength);
    }
    if (type == OptionType.INTEGER && choices.isEmpty() && minValue != NO_LIMIT) {
      data.setMinValue(minValue);
    }
    return data;
  }
}
