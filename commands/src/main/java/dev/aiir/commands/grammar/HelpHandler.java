package dev.aiir.commands.grammar;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Answers {@code help} from the grammar's own definitions, privately. */
public final class HelpHandler implements Handler<Help> {
  private final CommandParser parser;

  public HelpHandler(CommandParser parser) {
    this.parser = parser;
  }

  @Override
  public Reply handle(Help help, CommandContext context) {
    CommandLine topic = parser.grammar();
    for (String word : help.topic()) {
      CommandLine next = find(topic.getSubcommands(), word);
      if (next == null) {
        return Reply.refusal(
            "No subcommand '" + String.join(" ", help.topic()) + "'. `/incident help` lists them.");
      }
      topic = next;
    }
    if (topic.getParent() == null) {
      return Reply.toAuthor(summary(topic));
    }
    return Reply.toAuthor(Message.text(ParseErrors.usage(topic)));
  }

  private static CommandLine find(Map<String, CommandLine> subcommands, String word) {
    return subcommands.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(word))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private static Message summary(CommandLine root) {
    List<String> lines = new ArrayList<>();
    addLines(lines, root, "");
    lines.add(
        "`/incident help <subcommand>` shows its options. Times are HH:MM (UTC) or ISO-8601.");
    lines.add("In an incident's channel commands act on it; elsewhere add --id AI-IR-2026-042.");
    return Message.of("Usage: /incident <subcommand> ...", List.of(), lines);
  }

  private static void addLines(List<String> lines, CommandLine parent, String prefix) {
    for (Map.Entry<String, CommandLine> entry : parent.getSubcommands().entrySet()) {
      String name = prefix + entry.getKey();
      String[] description = entry.getValue().getCommandSpec().usageMessage().description();
      lines.add("`" + name + "` - " + (description.length > 0 ? description[0] : ""));
      addLines(lines, entry.getValue(), name + " ");
    }
  }
}
