package dev.aiir.commands.testing;

import dev.aiir.commands.port.MetricQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A metrics system whose answers a test sets per query ({@link #answer}, {@link #value}); a query
 * it was not told about has no data. It remembers every query and the time it was asked for.
 */
public final class FakeMetrics implements MetricQueries {
  /** One query asked, as of when. */
  public record Asked(String query, Instant at) {}

  private final Map<String, Answer> answers = new HashMap<>();
  private final List<Asked> asked = new ArrayList<>();

  /** From now on {@code query} has one series with no labels and this value. */
  public synchronized FakeMetrics value(String query, double value) {
    return answer(query, new Samples(List.of(new Sample(Map.of(), value))));
  }

  public synchronized FakeMetrics answer(String query, Answer answer) {
    answers.put(query, answer);
    return this;
  }

  @Override
  public synchronized Answer query(String query, Instant at) {
    asked.add(new Asked(query, at));
    return answers.getOrDefault(query, new Samples(List.of()));
  }

  public synchronized List<Asked> asked() {
    return List.copyOf(asked);
  }
}
