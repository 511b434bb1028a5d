package dev.aiir.bot.discord;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.grammar.CommandParser;
import dev.aiir.commands.grammar.Help;
import dev.aiir.commands.grammar.SubcommandOutline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Help in Discord's own terms ({@code /incident log text: [at:]}), from the same table and grammar
 * descriptions as registration: the text grammar's {@code --flags} cannot be typed on Discord.
 */
final class DiscordHelp {
  private static final Map<String, String> DESCRIPTIONS =
      CommandParser.outline().stream()
          .collect(
              Collectors.toMap(
                  SubcommandOutline::path, SubcommandOutline::description, (a, b) -> a));

  private DiscordHelp() {}

  static Reply reply(Help help) {
    if (help.topic().isEmpty()) {
      return Reply.toAuthor(summary());
    }
    String path = String.join(" ", help.topic());
    return IncidentSlashCommands.ALL.stream()
        .filter(s -> s.grammarPath().equalsIgnoreCase(path))
        .findFirst()
        .map(s -> Reply.toAuthor(detail(s)))
        .orElseGet(
            () -> Reply.refusal("No subcommand '" + path + "'. `/incident help` lists them."));
  }

  static String outdated(String typed) {
    return "`/"
        + typed
        + "` is not a command of this version of aiir; Discord may still show an old list."
        + " Try again in a minute, or see `/incident help`.";
  }

  private static Message summary() {
    List<String> lines = new ArrayList<>();
    for (SlashSubcommand s : IncidentSlashCommands.ALL) {
      lines.add("`" + usage(s) + "` - " + description(s.grammarPath()));
    }
    lines.add("In an incident's channel commands act on it; elsewhere add id:AI-IR-2026-042.");
    return Message.of("Usage: /incident <subcommand>", List.of(), lines);
  }

  private static Message detail(SlashSubcommand s) {
    List<String> lines = new ArrayList<>();
    lines.add(description(s.grammarPath()));
    for (DiscordOption option : s.options()) {
      String choices =
          option.choices().isEmpty()
              ? ""
              : " ("
                  + option.choices().stream()
                      .map(c -> c.getName())
                      .collect(Collectors.joining(", "))
                  + ")";
      lines.add(
          "`"
              + option.name()
              + "`"
              + (option.required() ? " (required)" : "")
              + " - "
              + option.description()
              + choices);
    }
    return Message.of(usage(s), List.of(), lines);
  }

  private static String usage(SlashSubcommand s) {
    StringBuilder usage = new StringBuilder("/incident ").append(s.discordPath());
    for (DiscordOption option : s.options()) {
      usage.append(option.required() ? " " + option.name() + ":" : " [" + option.name() + ":]");
    }
    return usage.toString();
  }

  private static String description(String grammarPath) {
    return DESCRIPTIONS.getOrDefault(grammarPath, "");
  }
}
