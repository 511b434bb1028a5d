package dev.aiir.commands.pir;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code pir export [md|json]}: the draft as a file in the channel. */
public record ExportPir(Optional<IncidentId> target, ExportFormat format)
    implements TargetedCommand {
  /** It reads the channel's history and uploads a file. */
  @Override
  public boolean slow() {
    return true;
  }
}
