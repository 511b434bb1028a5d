package dev.aiir.commands.grammar;

import java.util.List;

/**
 * One subcommand of the grammar as other front ends see it, so they can stay in step with it.
 *
 * @param path its words after {@code /incident}, such as {@code action add}
 * @param runnable false for a group (such as {@code action}) that only holds subcommands
 * @param words its options ({@code --sev}) and parameters ({@code <title>}), as in its usage
 */
public record SubcommandOutline(
    String path, String description, boolean runnable, List<String> words) {
  public SubcommandOutline {
    words = List.copyOf(words);
  }
}
