package dev.aiir.commands.pir;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.rollout.Closing;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Records the finished review's link and closes the incident, unless a rollout is still restoring
 * traffic: then the incident closes when the rollout completes. For the commander and incident
 * admins.
 */
public final class CompletePirHandler extends IncidentHandler<CompletePir> {
  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  public CompletePirHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      CompletePir command, CommandContext context, TenantStore tx, Incident incident) {
    Optional<Reply> refusal = refuseUnlessOpenAndManaged(incident, context, "complete the PIR of");
    if (refusal.isPresent()) {
      return refusal.get();
    }
    if (incident.state() != IncidentState.RESOLVED) {
      return Reply.refusal(
          "Resolve " + incident.id() + " first (`/incident resolve`); its PIR comes after.");
    }
    if (!LINK.matcher(command.link()).matches()) {
      return Reply.refusal(
          "`pir done` takes the review's link, such as https://wiki.example.com/pir/42.");
    }
    Optional<PhaseRun> rollout = Closing.runningRollout(tx, incident);
    Incident completed = incident.withPirLink(command.link());
    tx.incidents()
        .update(rollout.isPresent() ? completed : completed.withState(IncidentState.CLOSED));
    record(tx, incident, context, EntryKind.PIR, "PIR completed: " + command.link());
    PirReminders.cancelPending(core.timers(), incident, core.now());
    return Reply.toChannel(
        incident.id()
            + ": PIR completed ("
            + command.link()
            + ")."
            + rollout
                .map(
                    run ->
                        " The incident closes when the traffic restoration is complete (now at "
                            + run.phaseName()
                            + ").")
                .orElse(" The incident is closed."));
  }
}
