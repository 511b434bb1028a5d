package dev.aiir.commands.choice;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.incident.DeclareFormRequest;
import dev.aiir.commands.model.TimeInput;

/**
 * Answers a title-less {@code declare} with the declare form; where no form can open (a platform
 * without forms), with the typed command to use instead.
 */
public final class DeclareFormHandler implements Handler<DeclareFormRequest> {
  @Override
  public Reply handle(DeclareFormRequest command, CommandContext context) {
    return Reply.form(
        ChoiceForms.declare(
            command.severity(),
            command.detected().map(TimeInput::text).orElse(""),
            command.model().orElse("")),
        Message.text(ChoiceMessages.declareByText()));
  }
}
