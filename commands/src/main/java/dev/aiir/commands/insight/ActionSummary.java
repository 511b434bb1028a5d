package dev.aiir.commands.insight;

import dev.aiir.commands.model.Priority;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The action items not yet done of a report's incidents: how many, by priority (every priority,
 * zero included) and by owner (most first; {@link #NO_OWNER} for those nobody owns).
 */
public record ActionSummary(int open, Map<Priority, Integer> byPriority, List<Tally> byOwner) {
  public static final String NO_OWNER = "(no owner)";

  public ActionSummary {
    Map<Priority, Integer> all = new EnumMap<>(Priority.class);
    for (Priority priority : Priority.values()) {
      all.put(priority, byPriority.getOrDefault(priority, 0));
    }
    byPriority = Collections.unmodifiableMap(all);
    byOwner = List.copyOf(byOwner);
  }
}
