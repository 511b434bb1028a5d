package dev.aiir.commands.grammar;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns picocli's parse errors into one or two lines a person can act on. */
final class ParseErrors {
  private ParseErrors() {}

  static String describe(ParameterException e, List<Token> tokens) {
    CommandLine where = e.getCommandLine();
    boolean atRoot = where.getParent() == null;
    if (e instanceof UnmatchedArgumentException unmatched && atRoot) {
      String word = tokens.get(0).text();
      List<String> suggestions = unmatched.getSuggestions();
      String hint = suggestions.isEmpty() ? "" : " Did you mean `" + suggestions.get(0) + "`?";
      return "Unknown subcommand '" + word + "'." + hint + " `/incident help` lists them all.";
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      return withUsage(
          "Unexpected " + String.join(" ", unmatched.getUnmatched()) + ".", synopsis(where));
    }
    return withUsage(plain(e.getMessage()), synopsis(where));
  }

  /** picocli names the parameter's index; the converter's sentence is all a person needs. */
  private static String plain(String message) {
    String shortened = message.replaceFirst("^Invalid value for [^:]+: ", "");
    return shortened.endsWith(".") ? shortened : shortened + ".";
  }

  static String withUsage(String message, String usage) {
    return usage == null || usage.isBlank() ? message : message + "\n" + usage;
  }

  static String synopsis(CommandLine commandLine) {
    if (commandLine.getParent() == null) {
      return "Usage: /incident <subcommand> ... (`/incident help` lists them all)";
    }
    return "Usage: " + commandLine.getHelp().synopsis(0).strip();
  }

  static String usage(CommandLine commandLine) {
    return commandLine.getUsageMessage(Ansi.OFF).strip();
  }
}
