package dev.aiir.commands.incident;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;

/** Resolves the incident and starts the PIR clock: due {@code pirWindow} after resolution. */
public final class ResolveHandler extends IncidentHandler<Resolve> {
  public ResolveHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      Resolve command, CommandContext context, TenantStore tx, Incident incident) {
    Optional<Reply> refusal = refuseUnlessOpenAndManaged(incident, context, "resolve");
    if (refusal.isPresent()) {
      return refusal.get();
    }
    if (incident.state() == IncidentState.RESOLVED) {
      return Reply.refusal(
          incident.id() + " was already resolved; the PIR is due by its deadline.");
    }
    Incident resolved =
        IncidentResolution.resolve(
            core, tx, incident, context.user(), EntrySource.COMMAND, command.summary());
    return Reply.toChannel(IncidentMessages.resolvedReply(resolved));
  }
}
