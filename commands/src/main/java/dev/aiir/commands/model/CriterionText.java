package dev.aiir.commands.model;

import java.time.Duration;
import java.util.Optional;

/**
 * Reads a criterion as people write it, in the configuration file and in {@code /incident gate
 * add}: a check {@code <query> <comparison> <threshold>} (such as {@code
 * eval_accuracy{model="$model"} >= 0.80}; the comparison is the last of {@code < <= > >= == !=}
 * outside brackets and quotes) and optional hold, interval and failure limit. Every problem is one
 * sentence its author can act on.
 */
public final class CriterionText {
  private static final String OPERATOR_CHARS = "<>=!~";

  private CriterionText() {}

  /** A criterion read, or why it could not be. */
  public sealed interface Outcome {
    /** The criterion; throws with the problem when there is none. */
    default Criterion criterion() {
      if (this instanceof Read read) {
        return read.value();
      }
      throw new IllegalArgumentException(((Problem) this).text());
    }
  }

  /** The text is this criterion. */
  public record Read(Criterion value) implements Outcome {}

  /** The text is not a criterion, for this reason. */
  public record Problem(String text) implements Outcome {}

  /** A check with the default hold (none), interval (1m) and failure limit (3). */
  public static Outcome parse(String check) {
    return parse(check, null, null, null);
  }

  /**
   * A check with its options as written (each null or blank for its default): {@code holdFor} and
   * {@code every} as durations such as {@code 30m}, {@code failures} as a whole number.
   */
  public static Outcome parse(String check, String holdFor, String every, String failures) {
    String text = check == null ? "" : check.strip();
    if (text.isEmpty()) {
      return new Problem(
          "write the check as <query> <comparison> <threshold>, such as " + "error_ratio < 0.01");
    }
    Optional<String> structure = MetricQuery.structureProblem(text);
    if (structure.isPresent()) {
      return new Problem(structure.get());
    }
    int[] operator = lastOperator(text);
    if (operator == null) {
      return new Problem(noComparison(text));
    }
    String symbol = text.substring(operator[0], operator[1]);
    Optional<Comparison> comparison = Comparison.of(symbol);
    if (comparison.isEmpty()) {
      return new Problem("'" + symbol + "' is not a comparison; use " + Comparison.symbols());
    }
    String query = text.substring(0, operator[0]).strip();
    String threshold = text.substring(operator[1]).strip();
    Optional<Double> value = number(threshold);
    if (value.isEmpty()) {
      return new Problem(
          threshold.isEmpty()
              ? "the threshold is missing after " + symbol
              : "the threshold '" + threshold + "' is not a number");
    }
    Optional<String> queryProblem = MetricQuery.problem(query);
    if (queryProblem.isPresent()) {
      return new Problem(queryProblem.get());
    }
    try {
      return new Read(
          new Criterion(
              query,
              comparison.get(),
              value.get(),
              duration(holdFor, "--for", Criterion.DEFAULT_HOLD_FOR),
              duration(every, "--every", Criterion.DEFAULT_EVERY),
              failures(failures)));
    } catch (IllegalArgumentException e) {
      return new Problem(e.getMessage());
    }
  }

  /** Explains a check without a comparison: a word where one belongs, or none at all. */
  private static String noComparison(String text) {
    String[] words = text.split("\\s+");
    if (words.length >= 3 && number(words[words.length - 1]).isPresent()) {
      return "'" + words[words.length - 2] + "' is not a comparison; use " + Comparison.symbols();
    }
    return "no comparison in '"
        + text
        + "'; write <query> <comparison> <threshold>, such as "
        + "error_ratio < 0.01";
  }

  private static Duration duration(String text, String option, Duration otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    return Durations.parse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    option + " '" + text.strip() + "' is not a duration such as 30s, 5m or 1h"));
  }

  private static int failures(String text) {
    if (text == null || text.isBlank()) {
      return Criterion.DEFAULT_FAILURES;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--failures '" + text.strip() + "' is not a whole number from 1 to 1000");
    }
  }

  private static Optional<Double> number(String text) {
    if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      return Optional.empty();
    }
    return Optional.of(Double.parseDouble(text));
  }

  /** The last run of comparison characters outside quotes and brackets: {@code [start, end)}. */
  private static int[] lastOperator(String text) {
    int[] found = null;
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        int close = MetricQuery.closingQuote(text, i);
        if (close < 0) {
          return found;
        }
        i = close;
      } else if ("({[".indexOf(c) >= 0) {
        depth++;
      } else if (")}]".indexOf(c) >= 0) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && OPERATOR_CHARS.indexOf(c) >= 0) {
        int end = i;
        while (end < text.length() && OPERATOR_CHARS.indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        found = new int[] {i, end};
        i = end - 1;
      }
    }
    return found;
  }
}
