package dev.aiir.bot.console;

import dev.aiir.commands.chat.Choice;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The buttons of the console's latest message that had any, numbered, so the user presses one by
 * typing its number. A newer message's options replace older ones, as a newer message would push
 * older buttons up a chat window; a press that settles its message takes the options away.
 */
public final class ConsoleChoices {
  private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
  private List<Choice> offered = List.of();

  /** Offers the buttons and returns the line that numbers them. */
  public synchronized String offer(List<Choice> choices) {
    offered = List.copyOf(choices);
    StringBuilder line = new StringBuilder("options:");
    for (int i = 0; i < offered.size(); i++) {
      line.append("  [").append(i + 1).append("] ").append(offered.get(i).label());
    }
    return line.append("  (type the number)").toString();
  }

  /** Whether the input is a bare number, the console's way of pressing a button. */
  static boolean isChoice(String input) {
    return NUMBER.matcher(input).matches();
  }

  synchronized Optional<Choice> numbered(String input) {
    int n = Integer.parseInt(input);
    return n >= 1 && n <= offered.size() ? Optional.of(offered.get(n - 1)) : Optional.empty();
  }

  synchronized boolean isEmpty() {
    return offered.isEmpty();
  }

  /** The message whose button was pressed is answered: its options go. */
  synchronized void settled(String choiceId) {
    if (offered.stream().anyMatch(choice -> choice.id().equals(choiceId))) {
      offered = List.of();
    }
  }
}
