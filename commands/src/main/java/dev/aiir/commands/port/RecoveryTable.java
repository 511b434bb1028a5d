package dev.aiir.commands.port;

import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.RecoveryProgress;
import java.util.List;

/** A tenant's remediation checklists, inside its transaction. */
public interface RecoveryTable {
  /** Records a checklist step as done, replacing an earlier record of the same step. */
  void save(IncidentId id, RecoveryProgress progress);

  /** The steps done so far, in checklist order. */
  List<RecoveryProgress> of(IncidentId id);
}
