package dev.aiir.commands.incident;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Opens an incident with its caller as commander and binds the channel when it is free. With
 * incident channels on, it then opens a dedicated channel (after the declaration is committed) and
 * binds that one instead.
 */
public final class DeclareHandler implements Handler<Declare> {
  static final int MAX_TITLE = 200;
  private static final Pattern MODEL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private final Core core;
  private final Declaration declaration;

  public DeclareHandler(Core core) {
    this.core = core;
    this.declaration = new Declaration(core);
  }

  @Override
  public Reply handle(Declare command, CommandContext context) {
    Instant now = core.now();
    Optional<String> problem = problem(command, now);
    if (problem.isPresent()) {
      return Reply.refusal(problem.get());
    }
    Instant detected = detectedAt(command, now);
    Optional<TimelineEntry> detection =
        command
            .detected()
            .map(
                time ->
                    TimelineEntry.byCommand(
                        detected,
                        now,
                        context.user(),
                        EntryKind.ALERT,
                        IncidentMessages.alertEntry()));
    Declaration.Opening opening =
        new Declaration.Opening(
            command.title(),
            command.severity(),
            context.channelId(),
            command.model().orElse(null),
            Optional.of(context.user()),
            context.user(),
            detected,
            detection);
    Declaration.Opened declared =
        core.store().inTransaction(context.tenant(), tx -> declaration.open(tx, opening));
    if (!core.settings().incidentChannels()) {
      return Reply.toChannel(
          Declaration.card(declared.incident(), declared.channelBound(), List.of()));
    }
    ChannelOutcome channel =
        declaration.openChannel(declared.incident(), Optional.of(context.user()));
    boolean bound = channel.channel().isPresent() || declared.channelBound();
    return Reply.toChannel(Declaration.card(declared.incident(), bound, channel.notes()));
  }

  /** Why the command cannot declare, or empty when it can. */
  private Optional<String> problem(Declare command, Instant now) {
    if (command.title().isBlank()) {
      return Optional.of("An incident needs a title: `/incident declare <title> [--sev 1-4]`.");
    }
    if (command.title().length() > MAX_TITLE) {
      return Optional.of("The title is too long: keep it under " + MAX_TITLE + " characters.");
    }
    if (command.model().isPresent() && !isModel(command.model().get())) {
      return Optional.of("--model takes NAME@VERSION, such as assistant@v3.2.");
    }
    if (command.detected().isPresent() && detectedAt(command, now).isAfter(now)) {
      return Optional.of("--detected " + command.detected().get().text() + " is in the future.");
    }
    return Optional.empty();
  }

  /** Whether the text names a model as NAME@VERSION. */
  public static boolean isModel(String text) {
    return MODEL.matcher(text).matches();
  }

  private Instant detectedAt(Declare command, Instant now) {
    return command
        .detected()
        .flatMap(t -> t.toInstant(now, core.settings().teamZone()))
        .orElse(now);
  }
}
