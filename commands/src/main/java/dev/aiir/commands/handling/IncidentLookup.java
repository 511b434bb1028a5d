package dev.aiir.commands.handling;

import dev.aiir.commands.model.Incident;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;

/** Finds the incident a command is about: the one named with --id, or the channel's own. */
public final class IncidentLookup {
  private IncidentLookup() {}

  public static Optional<Incident> find(
      TenantStore tx, TargetedCommand command, CommandContext context) {
    return command.target().isPresent()
        ? tx.incidents().find(command.target().get())
        : tx.incidents().findByChannel(context.channelId());
  }
}
