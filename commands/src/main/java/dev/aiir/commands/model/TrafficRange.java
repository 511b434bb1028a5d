package dev.aiir.commands.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The share of traffic a phase may serve, in whole percent: {@code 1-5%}, or {@code 100%}. */
public record TrafficRange(int low, int high) {
  private static final Pattern TEXT =
      Pattern.compile("\\s*(\\d{1,3})\\s*%?\\s*(?:-\\s*(\\d{1,3})\\s*%?)?\\s*");

  public TrafficRange {
    if (low < 1 || high > 100 || low > high) {
      throw new IllegalArgumentException(
          "a traffic range runs from 1% to 100%, low end first, not " + low + "-" + high + "%");
    }
  }

  /** Reads {@code 1-5%}, {@code 10%-25%} or {@code 100%}; empty when it is not a range's shape. */
  public static Optional<TrafficRange> parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int low = Integer.parseInt(m.group(1));
    int high = m.group(2) == null ? low : Integer.parseInt(m.group(2));
    return Optional.of(new TrafficRange(low, high));
  }

  public boolean contains(int percent) {
    return percent >= low && percent <= high;
  }

  @Override
  public String toString() {
    return low == high ? low + "%" : low + "-" + high + "%";
  }
}
