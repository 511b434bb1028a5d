package dev.aiir.commands.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Finds which words of a parsed line are free text rather than options, so that text is taken as
 * written, and refuses a {@code --word} that is no option of the subcommand.
 */
final class FreeWords {
  private static final Pattern LONG_OPTION = Pattern.compile("--[A-Za-z][A-Za-z0-9-]*(=.*)?");

  private FreeWords() {}

  static List<Integer> indexes(List<Token> tokens, int firstArgument, CommandSpec spec) {
    List<Integer> free = new ArrayList<>();
    for (int i = firstArgument; i < tokens.size(); i++) {
      String word = tokens.get(i).text();
      if (!LONG_OPTION.matcher(word).matches()) {
        free.add(i);
        continue;
      }
      int equals = word.indexOf('=');
      String name = equals < 0 ? word : word.substring(0, equals);
      OptionSpec option = spec.findOption(name);
      if (option == null) {
        throw new UsageError(
            "Unknown option '" + name + "' for `" + spec.qualifiedName() + "`.",
            ParseErrors.synopsis(spec.commandLine()));
      }
      if (equals < 0 && option.arity().max() > 0) {
        i++;
      }
    }
    return free;
  }
}
