package dev.aiir.commands.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A PromQL query as a criterion writes it, checked locally before it is ever sent: not empty,
 * brackets, braces and parentheses balanced, quotes closed, and only the placeholders {@code
 * $model}, {@code $version} and {@code $traffic} (also written {@code ${model}}), which are filled
 * from the incident when the query runs. A {@code $} before a digit is PromQL's own (a regular
 * expression's group in {@code label_replace}) and is left alone.
 */
public final class MetricQuery {
  public static final Set<String> PLACEHOLDERS = Set.of("model", "version", "traffic");
  static final int MAX_LENGTH = 2000;
  private static final String OPENERS = "({[";
  private static final String CLOSERS = ")}]";

  private MetricQuery() {}

  /** What is wrong with {@code query}, in words its author can act on; empty when nothing is. */
  public static Optional<String> problem(String query) {
    if (query == null || query.isBlank()) {
      return Optional.of("the query is empty");
    }
    if (query.length() > MAX_LENGTH) {
      return Optional.of("the query is longer than " + MAX_LENGTH + " characters");
    }
    return structureProblem(query)
        .or(
            () ->
                unknownPlaceholder(query)
                    .map(
                        name ->
                            "$" + name + " is no placeholder (known: $model, $version, $traffic)"));
  }

  /** An unclosed quote or an unbalanced bracket, brace or parenthesis in {@code text}, if any. */
  static Optional<String> structureProblem(String text) {
    Deque<Character> open = new ArrayDeque<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        int end = closingQuote(text, i);
        if (end < 0) {
          return Optional.of("the query has a " + c + " that is never closed");
        }
        i = end;
      } else if (OPENERS.indexOf(c) >= 0) {
        open.push(c);
      } else if (CLOSERS.indexOf(c) >= 0) {
        char expected = OPENERS.charAt(CLOSERS.indexOf(c));
        if (open.isEmpty()) {
          return Optional.of("the query has a '" + c + "' without its '" + expected + "'");
        }
        if (open.peek() != expected) {
          return Optional.of("the query closes a '" + open.peek() + "' with '" + c + "'");
        }
        open.pop();
      }
    }
    return open.isEmpty()
        ? Optional.empty()
        : Optional.of("the query has a '" + open.peek() + "' that is never closed");
  }

  /** The placeholders {@code query} uses, such as {@code [model]}. */
  public static Set<String> placeholders(String query) {
    Set<String> names = new LinkedHashSet<>();
    forEachPlaceholder(query, (start, end, name) -> names.add(name));
    return names;
  }

  /**
   * {@code query} with its placeholders replaced by {@code values}, escaped so that each stays one
   * PromQL string; every placeholder it uses must have a value.
   */
  public static String fill(String query, Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    int[] copied = {0};
    forEachPlaceholder(
        query,
        (start, end, name) -> {
          String value = values.get(name);
          if (value == null) {
            throw new IllegalArgumentException("no value for $" + name);
          }
          out.append(query, copied[0], start).append(escaped(value));
          copied[0] = end;
        });
    return out.append(query.substring(copied[0])).toString();
  }

  private static String escaped(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "\\'");
  }

  private static Optional<String> unknownPlaceholder(String query) {
    return placeholders(query).stream().filter(n -> !PLACEHOLDERS.contains(n)).findFirst();
  }

  /** Where a placeholder stands in a query: {@code [start, end)} and its name. */
  @FunctionalInterface
  private interface PlaceholderVisitor {
    void visit(int start, int end, String name);
  }

  private static void forEachPlaceholder(String query, PlaceholderVisitor visitor) {
    int i = 0;
    while ((i = query.indexOf('$', i)) >= 0) {
      boolean braced = i + 1 < query.length() && query.charAt(i + 1) == '{';
      int from = braced ? i + 2 : i + 1;
      int end = from;
      while (end < query.length() && isNamePart(query.charAt(end), end == from)) {
        end++;
      }
      if (end == from || (braced && (end >= query.length() || query.charAt(end) != '}'))) {
        i++;
        continue;
      }
      visitor.visit(i, braced ? end + 1 : end, query.substring(from, end));
      i = braced ? end + 1 : end;
    }
  }

  private static boolean isNamePart(char c, boolean first) {
    boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return first ? letter : letter || (c >= '0' && c <= '9');
  }

  /** Where the quote opened at {@code start} closes (backslash escapes, except in backticks). */
  static int closingQuote(String query, int start) {
    char quote = query.charAt(start);
    for (int i = start + 1; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\' && quote != '`') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }
}
