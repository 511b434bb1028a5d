package dev.aiir.commands.grammar;

import java.util.Optional;

/**
 * Reads the values of a platform's typed options (Discord's slash-command options) with the
 * grammar's own rules and words, so a bad value gets the same answer whether it was typed as text
 * or chosen in a form.
 */
public final class TypedOptions {
  private TypedOptions() {}

  /**
   * A word of one of the grammar's types (a severity, a time, an incident id, a person...).
   *
   * @throws OptionProblem when the word is not one, with the sentence the grammar would answer
   */
  public static <T> T read(Class<T> type, String word) {
    Converters.Reader<T> reader = Converters.reader(type);
    return reader
        .parse()
        .apply(word)
        .orElseThrow(() -> new OptionProblem(reader.problem().apply(word)));
  }

  /**
   * Free text, checked as the grammar checks a command line: bounded, with no invisible characters.
   *
   * @throws OptionProblem when the text breaks a rule
   */
  public static String text(String text) {
    Optional<String> problem = InputRules.problem(text);
    if (problem.isPresent()) {
      throw new OptionProblem(problem.get());
    }
    return text;
  }
}
