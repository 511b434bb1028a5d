package dev.aiir.bot.discord;

import dev.aiir.commands.handling.IncidentCommand;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One {@code /incident} subcommand on Discord: the grammar subcommand it mirrors, where it sits (a
 * group such as {@code action add}, or alone), its options and the command value they make.
 *
 * @param grammarPath the subcommand's words in the text grammar, such as {@code recovery}
 * @param discordPath its words on Discord, such as {@code recovery show} (a group cannot run)
 */
record SlashSubcommand(
    String grammarPath,
    String discordPath,
    Function<OptionReader, IncidentCommand> toCommand,
    List<DiscordOption> options) {

  SlashSubcommand {
    options = List.copyOf(options);
  }

  /** A subcommand at the same path as in the grammar. */
  static SlashSubcommand same(
      String path, Function<OptionReader, IncidentCommand> toCommand, DiscordOption... options) {
    return entry(path, path, toCommand, options);
  }

  static SlashSubcommand entry(
      String grammarPath,
      String discordPath,
      Function<OptionReader, IncidentCommand> toCommand,
      DiscordOption... options) {
    return new SlashSubcommand(grammarPath, discordPath, toCommand, List.of(options));
  }

  /** The group it belongs to, such as {@code action}, if any. */
  Optional<String> group() {
    int space = discordPath.indexOf(' ');
    return space < 0 ? Optional.empty() : Optional.of(discordPath.substring(0, space));
  }

  /** Its own name, such as {@code add}. */
  String name() {
    return discordPath.substring(discordPath.indexOf(' ') + 1);
  }

  IncidentCommand command(OptionReader options) {
    return toCommand.apply(options);
  }
}
