package dev.aiir.commands.handling;

import dev.aiir.commands.chat.Reply;

/** Carries out one kind of command and says what happened, or why it was refused. */
public interface Handler<C extends IncidentCommand> {
  Reply handle(C command, CommandContext context);

  /**
   * Carries out a command that runs only while {@code guard} holds of its incident (a pressed
   * button's); a handler of commands no button guards refuses to ignore a guard.
   */
  default Reply handle(C command, CommandContext context, IncidentGuard guard) {
    if (guard != IncidentGuard.NONE) {
      throw new IllegalStateException(getClass().getSimpleName() + " cannot check a guard");
    }
    return handle(command, context);
  }
}
