package dev.aiir.commands;

import dev.aiir.commands.chat.CommandContext;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.grammar.CommandParser;
import dev.aiir.commands.grammar.ParseOutcome;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command layer every platform calls: a line of text (or a command value built from a
 * platform's typed options) in, a reply out. Faults are logged in full and answered with one short
 * line; no stack trace reaches chat.
 */
public final class IncidentBot {
  private static final Logger LOG = LoggerFactory.getLogger(IncidentBot.class);
  private final CommandParser parser = new CommandParser();
  private final Handlers handlers;

  public IncidentBot(Core core) {
    this.handlers = new Handlers(core, parser);
  }

  /** Runs what the author typed after {@code /incident}. */
  public Reply execute(CommandContext context, String line) {
    ParseOutcome outcome;
    try {
      outcome = parser.parse(line);
    } catch (RuntimeException e) {
      return fault(context, e);
    }
    return outcome
        .command()
        .map(c -> execute(context, c))
        .orElseGet(() -> Reply.refusal(outcome.problem()));
  }

  /** Runs a command value, such as one a platform built from typed options. */
  public Reply execute(CommandContext context, IncidentCommand command) {
    try {
      return handlers.forCommand(command).handle(command, context);
    } catch (RuntimeException e) {
      return fault(context, e);
    }
  }

  private static Reply fault(CommandContext context, RuntimeException e) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.error(
        "command failed (ref {}) for {} in {} of {}",
        reference,
        context.user().id(),
        context.channelId(),
        context.tenant(),
        e);
    return Reply.refusal(
        "Something went wrong on our side (ref "
            + reference
            + "); nothing was recorded. Try again.");
  }
}
