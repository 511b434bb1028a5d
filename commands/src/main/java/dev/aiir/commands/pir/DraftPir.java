package dev.aiir.commands.pir;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code pir draft}: renders the review from the record. */
public record DraftPir(Optional<IncidentId> target) implements TargetedCommand {
  /** It reads the channel's history. */
  @Override
  public boolean slow() {
    return true;
  }
}
