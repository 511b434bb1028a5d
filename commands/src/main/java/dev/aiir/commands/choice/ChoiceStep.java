package dev.aiir.commands.choice;

import dev.aiir.commands.chat.Form;

/** What follows a press: a form to fill in first, or the outcome. */
public sealed interface ChoiceStep {
  /** Open this form; its submission comes back with the form's id. */
  record Ask(Form form) implements ChoiceStep {}

  /** The press is done (or refused). */
  record Answer(Pressed pressed) implements ChoiceStep {}
}
