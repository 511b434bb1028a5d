package dev.aiir.bot.discord;

import dev.aiir.commands.grammar.CommandParser;
import dev.aiir.commands.grammar.SubcommandOutline;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * {@code /incident} as Discord registers it, built from {@link IncidentSlashCommands}; the
 * descriptions are the grammar's own, so help and Discord's form say the same.
 */
final class SlashCommandDefinition {
  static final String DESCRIPTION = "Run an AI incident: declare, log, sev, status, resolve, pir";
  private static final int MAX_DESCRIPTION = 100;

  private SlashCommandDefinition() {}

  static SlashCommandData build() {
    Map<String, String> descriptions =
        CommandParser.outline().stream()
            .collect(
                Collectors.toMap(
                    SubcommandOutline::path, SubcommandOutline::description, (a, b) -> a));
    SlashCommandData command =
        Commands.slash(IncidentSlashCommands.NAME, DESCRIPTION)
            .setContexts(InteractionContextType.GUILD);
    // Groups are filled before they are added, since JDA checks a group's size when it is added.
    Map<String, SubcommandGroupData> groups = new LinkedHashMap<>();
    for (SlashSubcommand entry : IncidentSlashCommands.ALL) {
      SubcommandData data =
          new SubcommandData(entry.name(), describe(descriptions, entry.grammarPath()));
      entry.options().forEach(option -> data.addOptions(option.toData()));
      if (entry.group().isEmpty()) {
        command.addSubcommands(data);
      } else {
        groups
            .computeIfAbsent(
                entry.group().get(),
                name -> new SubcommandGroupData(name, describe(descriptions, name)))
            .addSubcommands(data);
      }
    }
    command.addSubcommandGroups(groups.values());
    return command;
  }

  private static String describe(Map<String, String> descriptions, String path) {
    String description = descriptions.getOrDefault(path, path);
    return description.length() <= MAX_DESCRIPTION
        ? description
        : description.substring(0, MAX_DESCRIPTION - 1) + "…";
  }
}
