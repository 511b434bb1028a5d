package dev.aiir.commands.export;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/**
 * {@code pir publish [--to confluence|notion|github-wiki|gitlab-wiki]}: the review as a page in the
 * team's wiki, created once and updated in place after.
 */
public record PublishPir(Optional<IncidentId> target, Optional<ExportTarget> to)
    implements TargetedCommand {
  /** It reads the channel's history and calls the wiki. */
  @Override
  public boolean slow() {
    return true;
  }
}
