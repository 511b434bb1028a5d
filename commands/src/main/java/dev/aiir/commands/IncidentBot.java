package dev.aiir.commands;

import dev.aiir.commands.alert.AlertBatch;
import dev.aiir.commands.alert.AlertIntake;
import dev.aiir.commands.alert.IntakeReport;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.choice.ChoiceStep;
import dev.aiir.commands.choice.Choices;
import dev.aiir.commands.choice.Pressed;
import dev.aiir.commands.export.TrackerSync;
import dev.aiir.commands.grammar.CommandParser;
import dev.aiir.commands.grammar.ParseOutcome;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.handling.IncidentGuard;
import dev.aiir.commands.model.ChoiceId;
import dev.aiir.commands.model.TrackerEvent;
import dev.aiir.commands.port.CommandOutcomes;
import dev.aiir.commands.port.CommandOutcomes.Outcome;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
  // Worked out once a kind of command: a command is counted by name on every run.
  private static final ClassValue<String> NAMES =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
          return type.getSimpleName()
              .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
              .toLowerCase(Locale.ROOT);
        }
      };
  private static final String INVALID = "invalid";
  private static final String ALERT = "alert";
  private final CommandParser parser;
  private final Handlers handlers;
  private final CommandOutcomes outcomes;
  private final Choices choices;
  private final AlertIntake alerts;
  private final TrackerSync trackers;

  public IncidentBot(Core core) {
    this(core, CommandOutcomes.IGNORED);
  }

  /** A bot that tells {@code outcomes} how each command ended. */
  public IncidentBot(Core core, CommandOutcomes outcomes) {
    this(core, outcomes, new CommandParser());
  }

  /**
   * The same, reading commands with {@code parser}: one whose first picocli parser is being built
   * beside the start-up ({@link CommandParser#warmUp}).
   */
  public IncidentBot(Core core, CommandOutcomes outcomes, CommandParser parser) {
    this.parser = parser;
    this.handlers = new Handlers(core, parser);
    this.outcomes = outcomes;
    this.choices = new Choices(core, this::execute);
    this.alerts = new AlertIntake(core);
    this.trackers = new TrackerSync(core);
  }

  /**
   * A tracker said an issue aiir exported was closed or reopened (its webhook): the action item
   * follows. When this returns it is committed; a fault is logged and thrown, so that the tracker,
   * told of a failure, sends it again.
   */
  public TrackerSync.Result trackerEvent(TrackerEvent event) {
    try {
      TrackerSync.Result result = trackers.apply(event);
      outcomes.ended("tracker_event", Outcome.ANSWERED);
      return result;
    } catch (RuntimeException e) {
      outcomes.ended("tracker_event", Outcome.FAILED);
      LOG.error("{} event about {} failed", event.target().label(), event.key(), e);
      throw e;
    }
  }

  /**
   * Takes in a notification from monitoring (Alertmanager, Grafana, the generic webhook): each
   * alert opens an incident, offers one, updates its own or adds nothing, as its route says. When
   * this returns, everything it decided is committed; a fault is logged and thrown, so that the
   * source, told of a failure, sends the notification again.
   */
  public IntakeReport receive(AlertBatch batch) {
    try {
      IntakeReport report = alerts.receive(batch);
      outcomes.ended(ALERT, Outcome.ANSWERED);
      return report;
    } catch (RuntimeException e) {
      outcomes.ended(ALERT, Outcome.FAILED);
      LOG.error("{} notification failed", batch.source().label(), e);
      throw e;
    }
  }

  /** Runs what the author typed after {@code /incident}. */
  public Reply execute(CommandContext context, String line) {
    return execute(context, read(line));
  }

  /**
   * Reads a typed line once, so that a platform can ask whether it is slow ({@link
   * ParseOutcome#slow()}) before it runs it with {@link #execute(CommandContext, ParseOutcome)}.
   */
  public ParseOutcome read(String line) {
    return parser.parse(line);
  }

  /** Runs a line read with {@link #read(String)}. */
  public Reply execute(CommandContext context, ParseOutcome line) {
    if (line instanceof ParseOutcome.Parsed parsed) {
      return execute(context, parsed.command());
    }
    if (line instanceof ParseOutcome.Refused refused) {
      outcomes.ended(INVALID, Outcome.REFUSED);
      return Reply.refusal(refused.problem());
    }
    outcomes.ended(INVALID, Outcome.FAILED);
    return fault(context, ((ParseOutcome.Failed) line).cause());
  }

  /** Whether pressing the button with this id runs a slow command. */
  public static boolean isSlowChoice(String choiceId) {
    return ChoiceId.parse(choiceId).map(id -> id.kind().slow()).orElse(false);
  }

  /** Runs a command value, such as one a platform built from typed options. */
  public Reply execute(CommandContext context, IncidentCommand command) {
    return execute(context, command, IncidentGuard.NONE);
  }

  /** Runs a command value while {@code guard} holds of its incident (a pressed button's). */
  private Reply execute(CommandContext context, IncidentCommand command, IncidentGuard guard) {
    String name = nameOf(command);
    try {
      Reply reply = handlers.forCommand(command).handle(command, context, guard);
      outcomes.ended(name, reply.refused() ? Outcome.REFUSED : Outcome.ANSWERED);
      return reply;
    } catch (RuntimeException e) {
      outcomes.ended(name, Outcome.FAILED);
      return fault(context, e);
    }
  }

  /**
   * Someone pressed one of the bot's buttons ({@code choiceId} is its action or custom id): a form
   * to open first, or the outcome of the command it runs.
   */
  public ChoiceStep press(CommandContext context, String choiceId) {
    try {
      return choices.press(context, choiceId);
    } catch (RuntimeException e) {
      return new ChoiceStep.Answer(failed(context, e));
    }
  }

  /** Someone submitted one of the bot's forms ({@code formId} is the form's id). */
  public Pressed submit(CommandContext context, String formId, Map<String, String> values) {
    try {
      return choices.submit(context, formId, values);
    } catch (RuntimeException e) {
      return failed(context, e);
    }
  }

  private static Pressed failed(CommandContext context, RuntimeException e) {
    return new Pressed(fault(context, e), Optional.empty(), false, Map.of());
  }

  /** The command value's type in snake case ({@code change_severity}): a short, fixed set. */
  static String nameOf(IncidentCommand command) {
    return NAMES.get(command.getClass());
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
