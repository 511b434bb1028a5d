package dev.aiir.commands.model;

import java.util.Arrays;
import java.util.Optional;

/** How a metric's value is compared with a criterion's threshold, written as in PromQL. */
public enum Comparison {
  BELOW("<"),
  AT_MOST("<="),
  ABOVE(">"),
  AT_LEAST(">="),
  EQUAL("=="),
  NOT_EQUAL("!=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Whether {@code value} satisfies the comparison with {@code threshold}; NaN never does. */
  public boolean holds(double value, double threshold) {
    return switch (this) {
      case BELOW -> value < threshold;
      case AT_MOST -> value <= threshold;
      case ABOVE -> value > threshold;
      case AT_LEAST -> value >= threshold;
      case EQUAL -> value == threshold;
      case NOT_EQUAL -> !Double.isNaN(value) && value != threshold;
    };
  }

  /**
   * How far {@code value} is from failing: the lower, the worse. Of several series the one with the
   * lowest margin is the one shown, and the one that decides.
   */
  public double margin(double value, double threshold) {
    return switch (this) {
      case BELOW, AT_MOST -> threshold - value;
      case ABOVE, AT_LEAST -> value - threshold;
      case EQUAL -> -Math.abs(value - threshold);
      case NOT_EQUAL -> Math.abs(value - threshold);
    };
  }

  /** The comparison written as {@code symbol}, such as {@code >=}. */
  public static Optional<Comparison> of(String symbol) {
    return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
  }

  /** Every symbol, for messages: {@code <, <=, >, >=, == or !=}. */
  public static String symbols() {
    return "<, <=, >, >=, == or !=";
  }
}
