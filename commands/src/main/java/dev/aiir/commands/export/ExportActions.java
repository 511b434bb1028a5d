package dev.aiir.commands.export;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/**
 * {@code action export [--to github|gitlab|jira]}: each action item as an issue in the tracker,
 * created once and updated after.
 */
public record ExportActions(Optional<IncidentId> target, Optional<ExportTarget> to)
    implements TargetedCommand {
  /** It calls the tracker once or more per item. */
  @Override
  public boolean slow() {
    return true;
  }
}
