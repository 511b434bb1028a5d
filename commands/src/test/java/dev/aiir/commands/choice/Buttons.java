package dev.aiir.commands.choice;

import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Message;

/** Finds a message's buttons by their labels, as a person would. */
final class Buttons {
  private Buttons() {}

  static String idOf(Message message, String label) {
    return message.choices().stream()
        .filter(c -> c.label().equals(label))
        .map(Choice::id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + label + " button"));
  }
}
