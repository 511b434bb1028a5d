package dev.aiir.commands.insight;

import java.util.List;
import java.util.Objects;

/**
 * A group of incidents and how many there are: a model, a root-cause word, an owner.
 *
 * @param incidents the incidents' labels (their ids, prefixed by their workspace in a report of
 *     several), in order of detection; empty where only the count matters
 */
public record Tally(String key, int count, List<String> incidents) {
  public Tally {
    Objects.requireNonNull(key, "key");
    incidents = List.copyOf(incidents);
  }

  public static Tally counted(String key, int count) {
    return new Tally(key, count, List.of());
  }
}
