package dev.aiir.commands.model;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One condition on an alert's labels, as Alertmanager's routes write them: {@code team=ml}, {@code
 * team!=ml}, {@code team=~"ml-.*"}, {@code team!~"ml-.*"}. Regular expressions match the whole
 * value; a label the alert lacks reads as the empty string.
 */
public record LabelMatcher(String label, Op op, String value) {
  // Compiled once each: routes match every alert of a storm. Only the configuration's patterns.
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  /** How the label's value is compared. */
  public enum Op {
    EQUAL("="),
    NOT_EQUAL("!="),
    REGEX("=~"),
    NOT_REGEX("!~");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    boolean isRegex() {
      return this == REGEX || this == NOT_REGEX;
    }
  }

  public LabelMatcher {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(value, "value");
    if (op.isRegex()) {
      // Compiled here so that a bad pattern is a configuration error, not a failure per alert.
      COMPILED.computeIfAbsent(value, Pattern::compile);
    }
  }

  public static LabelMatcher equal(String label, String value) {
    return new LabelMatcher(label, Op.EQUAL, value);
  }

  public static LabelMatcher regex(String label, String pattern) {
    return new LabelMatcher(label, Op.REGEX, pattern);
  }

  public boolean matches(Map<String, String> labels) {
    String actual = labels.getOrDefault(label, "");
    return switch (op) {
      case EQUAL -> actual.equals(value);
      case NOT_EQUAL -> !actual.equals(value);
      case REGEX -> COMPILED.get(value).matcher(actual).matches();
      case NOT_REGEX -> !COMPILED.get(value).matcher(actual).matches();
    };
  }

  @Override
  public String toString() {
    return label + op.symbol() + "\"" + value + "\"";
  }
}
