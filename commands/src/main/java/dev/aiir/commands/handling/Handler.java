package dev.aiir.commands.handling;

import dev.aiir.commands.chat.Reply;

/** Carries out one kind of command and says what happened, or why it was refused. */
public interface Handler<C extends IncidentCommand> {
  Reply handle(C command, CommandContext context);
}
