package dev.aiir.commands.insight;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.port.OpenActions;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The open action items, counted by priority and by owner. */
final class Actions {
  private Actions() {}

  static ActionSummary summary(List<OpenActions> counted) {
    Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
    Map<String, Integer> byOwner = new LinkedHashMap<>();
    int open = 0;
    for (OpenActions row : counted) {
      open += row.count();
      byPriority.merge(row.priority(), row.count(), Integer::sum);
      String owner = row.owner().map(UserRef::handle).orElse(ActionSummary.NO_OWNER);
      byOwner.merge(owner, row.count(), Integer::sum);
    }
    List<Tally> owners =
        byOwner.entrySet().stream()
            .map(e -> Tally.counted(e.getKey(), e.getValue()))
            .sorted(ReportBuilder.MOST_FIRST)
            .toList();
    return new ActionSummary(open, byPriority, owners);
  }
}
