package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseEnd;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.port.TenantStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Records its author's statement that the phase's exit criteria are met and moves to the next phase
 * (or completes the restoration from the final one). Before the minimum soak it is refused unless
 * forced with a reason, which is recorded.
 */
public final class PromoteHandler extends RolloutHandler<Promote> {
  public PromoteHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      Promote command, CommandContext context, TenantStore tx, Incident incident) {
    Optional<Reply> refusal =
        refuseUnlessOpenAndManaged(incident, context, "promote the rollout of");
    if (refusal.isPresent()) {
      return refusal.get();
    }
    return whenRunning(tx, incident, found -> promote(command, context, tx, incident, found));
  }

  private Reply promote(
      Promote command, CommandContext context, TenantStore tx, Incident incident, Found found) {
    Instant now = core.now();
    Phase phase = found.phase();
    Instant minimumAt = found.run().enteredAt().plus(phase.minimum());
    boolean early = now.isBefore(minimumAt);
    if (early && !command.force()) {
      return Reply.refusal(
          RolloutMessages.tooEarly(phase, found.run().timeIn(now), minimumAt, now));
    }
    PhaseSchedule.cancel(core.timers(), incident.tenant(), incident.id(), phase.key());
    Optional<Phase> next = plan().next(phase);
    return next.isPresent()
        ? promote(context, tx, incident, found, next.get(), early, command.remark())
        : complete(context, tx, incident, found, early, command.remark());
  }

  private Reply promote(
      CommandContext context,
      TenantStore tx,
      Incident incident,
      Found found,
      Phase next,
      boolean early,
      String remark) {
    Instant now = core.now();
    Duration ran = found.run().timeIn(now);
    PhaseRun ended =
        found.run().ended(now, context.user(), early ? PhaseEnd.FORCED : PhaseEnd.PROMOTED, remark);
    PhaseRun entered = PhaseRun.entered(next, next.traffic().low(), now, context.user());
    tx.rollouts().save(incident.id(), found.rollout().withCurrent(ended).then(entered));
    String who = context.user().handle();
    String entry =
        early
            ? RolloutMessages.forcedEntry(found.phase(), next, who, ran, remark)
            : RolloutMessages.promotedEntry(found.phase(), next, who, remark);
    record(tx, incident, context, EntryKind.ROLLOUT, entry);
    PhaseSchedule.schedule(core.timers(), plan(), incident.tenant(), incident.id(), entered, next);
    String title = RolloutMessages.promotedTitle(incident.id(), next);
    return Reply.toChannel(RolloutCards.entered(title, plan(), next, entered));
  }

  private Reply complete(
      CommandContext context,
      TenantStore tx,
      Incident incident,
      Found found,
      boolean early,
      String remark) {
    PhaseRun ended =
        found
            .run()
            .ended(
                core.now(), context.user(), early ? PhaseEnd.FORCED : PhaseEnd.COMPLETED, remark);
    tx.rollouts().save(incident.id(), found.rollout().withCurrent(ended));
    String entry =
        RolloutMessages.completedEntry(found.phase(), context.user().handle(), early, remark);
    record(tx, incident, context, EntryKind.ROLLOUT, entry);
    Closing.afterRolloutEnded(tx, incident, core.now(), context.user(), EntrySource.COMMAND);
    return Reply.toChannel(RolloutMessages.completedTitle(incident.id()) + ": " + entry + ".");
  }
}
