package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseEnd;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TenantStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Moving a rollout on, as a person's command or the bot's metric gate does it: promoting the
 * running phase (into the next one, or completing the restoration from the final one) and halting
 * it. Each saves the rollout, writes its timeline entry by {@code by} from {@code source}, and
 * cancels and schedules the phases' timers. Refusals are the callers'.
 */
public final class RolloutMoves {
  private final Core core;

  public RolloutMoves(Core core) {
    this.core = core;
  }

  /** Who moves the rollout, from where, and when. */
  public record Mover(UserRef user, EntrySource source, Instant at) {}

  private RolloutPlan plan() {
    return core.settings().rolloutPlan();
  }

  /**
   * Promotes the running {@code phase} of {@code rollout}: {@code early} when before its minimum
   * soak (forced, with {@code remark} as the reason). Returns the message for the channel.
   */
  public Message promote(
      TenantStore tx,
      Incident incident,
      Rollout rollout,
      Phase phase,
      Mover by,
      boolean early,
      String remark) {
    PhaseSchedule.cancel(core.timers(), incident.tenant(), incident.id(), phase.key());
    Optional<Phase> next = plan().next(phase);
    return next.isPresent()
        ? promote(tx, incident, rollout, phase, next.get(), by, early, remark)
        : complete(tx, incident, rollout, phase, by, early, remark);
  }

  private Message promote(
      TenantStore tx,
      Incident incident,
      Rollout rollout,
      Phase phase,
      Phase next,
      Mover by,
      boolean early,
      String remark) {
    PhaseRun run = rollout.current();
    Duration ran = run.timeIn(by.at());
    PhaseRun ended =
        run.ended(by.at(), by.user(), early ? PhaseEnd.FORCED : PhaseEnd.PROMOTED, remark);
    PhaseRun entered = PhaseRun.entered(next, next.traffic().low(), by.at(), by.user());
    tx.rollouts().save(incident.id(), rollout.withCurrent(ended).then(entered));
    String who = by.user().handle();
    String entry =
        early
            ? RolloutMessages.forcedEntry(phase, next, who, ran, remark)
            : RolloutMessages.promotedEntry(phase, next, who, remark);
    record(tx, incident, by, entry);
    PhaseGate gate = PhaseSchedule.entered(tx, core.timers(), plan(), incident.id(), entered, next);
    String title = RolloutMessages.promotedTitle(incident.id(), next);
    return RolloutCards.entered(title, plan(), next, entered, gate);
  }

  private Message complete(
      TenantStore tx,
      Incident incident,
      Rollout rollout,
      Phase phase,
      Mover by,
      boolean early,
      String remark) {
    PhaseRun ended =
        rollout
            .current()
            .ended(by.at(), by.user(), early ? PhaseEnd.FORCED : PhaseEnd.COMPLETED, remark);
    tx.rollouts().save(incident.id(), rollout.withCurrent(ended));
    String entry = RolloutMessages.completedEntry(phase, by.user().handle(), early, remark);
    record(tx, incident, by, entry);
    Closing.afterRolloutEnded(tx, incident, by.at(), by.user(), by.source());
    return Message.text(RolloutMessages.completedTitle(incident.id()) + ": " + entry + ".");
  }

  /**
   * Halts the running phase of {@code rollout} for {@code reason}; returns the channel's message.
   */
  public Message halt(TenantStore tx, Incident incident, Rollout rollout, Mover by, String reason) {
    PhaseRun run = rollout.current().ended(by.at(), by.user(), PhaseEnd.HALTED, reason);
    tx.rollouts().save(incident.id(), rollout.withCurrent(run));
    record(tx, incident, by, RolloutMessages.haltedEntry(run, reason));
    PhaseSchedule.cancel(core.timers(), incident.tenant(), incident.id(), run.phaseKey());
    return Message.text(RolloutMessages.haltedReply(incident.id(), run, plan()));
  }

  private void record(TenantStore tx, Incident incident, Mover by, String text) {
    tx.timeline()
        .append(
            incident.id(),
            new TimelineEntry(
                0, by.at(), core.now(), by.user(), by.source(), EntryKind.ROLLOUT, text, null));
  }
}
