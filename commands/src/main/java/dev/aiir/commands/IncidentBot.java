package dev.aiir.commands;

import dev.aiir.commands.chat.CommandContext;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.grammar.CommandParser;
import dev.aiir.commands.grammar.ParseOutcome;
import dev.aiir.commands.port.CommandOutcomes;
import dev.aiir.commands.port.CommandOutcomes.Outcome;
import java.util.Locale;
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
  private static final String INVALID = "invalid";
  private final CommandParser parser = new CommandParser();
  private final Handlers handlers;
  private final CommandOutcomes outcomes;

  public IncidentBot(Core core) {
    this(core, CommandOutcomes.IGNORED);
  }

  /** A bot that tells {@code outcomes} how each command ended. */
  public IncidentBot(Core core, CommandOutcomes outcomes) {
    this.handlers = new Handlers(core, parser);
    this.outcomes = outcomes;
  }

  /** Runs what the author typed after {@code /incident}. */
  public Reply execute(CommandContext context, String line) {
    ParseOutcome outcome;
    try {
      outcome = parser.parse(line);
    } catch (RuntimeException e) {
      outcomes.ended(INVALID, Outcome.FAILED);
      return fault(context, e);
    }
    if (outcome.command().isEmpty()) {
      outcomes.ended(INVALID, Outcome.REFUSED);
      return Reply.refusal(outcome.problem());
    }
    return execute(context, outcome.command().get());
  }

  /** Runs a command value, such as one a platform built from typed options. */
  public Reply execute(CommandContext context, IncidentCommand command) {
    String name = nameOf(command);
    try {
      Reply reply = handlers.forCommand(command).handle(command, context);
      outcomes.ended(name, reply.refused() ? Outcome.REFUSED : Outcome.ANSWERED);
      return reply;
    } catch (RuntimeException e) {
      outcomes.ended(name, Outcome.FAILED);
      return fault(context, e);
    }
  }

  /** The command value's type in snake case ({@code change_severity}): a short, fixed set. */
  static String nameOf(IncidentCommand command) {
    return command
        .getClass()
        .getSimpleName()
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .toLowerCase(Locale.ROOT);
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
