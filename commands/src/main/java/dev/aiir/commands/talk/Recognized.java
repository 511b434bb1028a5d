package dev.aiir.commands.talk;

import dev.aiir.commands.port.HistoryMessage;
import java.util.List;

/** A message of the channel and the key events it states, in the order they matter. */
public record Recognized(HistoryMessage message, List<KeyEvent> kinds) {
  public Recognized {
    kinds = List.copyOf(kinds);
  }
}
