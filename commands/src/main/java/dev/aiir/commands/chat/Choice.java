package dev.aiir.commands.chat;

import java.util.Objects;

/**
 * A button on one of the bot's messages. Pressing it runs, as the person who pressed it, the
 * command its {@code id} names (see {@code dev.aiir.commands.model.ChoiceId}); the id also says
 * which state of the incident the button was made for, so a press on an outdated message is refused
 * instead of acting on the present.
 */
public record Choice(String id, String label, Style style) {
  /** How a platform may colour the button: the way forward, a stop, or neither. */
  public enum Style {
    PRIMARY,
    DANGER,
    PLAIN
  }

  public Choice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(style, "style");
    label = Mentions.defuse(Objects.requireNonNull(label, "label"));
  }
}
