package dev.aiir.commands.port;

import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.IncidentId;
import java.util.List;

/** A tenant's action items, inside its transaction. */
public interface ActionTable {
  /** Adds an action item, numbering it after the incident's last one. */
  ActionItem add(IncidentId id, ActionItem item);

  /** Saves an existing action item's new state, found by its number; an unknown number throws. */
  void update(IncidentId id, ActionItem item);

  /** The incident's action items by number. */
  List<ActionItem> of(IncidentId id);
}
