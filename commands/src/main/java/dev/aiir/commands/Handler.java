package dev.aiir.commands;

import dev.aiir.commands.chat.CommandContext;
import dev.aiir.commands.chat.Reply;

/** Carries out one kind of command and says what happened, or why it was refused. */
public interface Handler<C extends IncidentCommand> {
  Reply handle(C command, CommandContext context);
}
