package dev.aiir.commands.nudge;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.port.TenantStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Pauses the status-update nudges of an active incident, for its commander and incident admins; the
 * snooze is a timeline entry, which is also how the nudge timer learns of it.
 */
public final class SnoozeHandler extends IncidentHandler<Snooze> {
  private final UpdateNudges nudges;

  public SnoozeHandler(Core core) {
    super(core);
    this.nudges = new UpdateNudges(core);
  }

  @Override
  protected Reply handle(
      Snooze command, CommandContext context, TenantStore tx, Incident incident) {
    Optional<Duration> length = SnoozeLength.parse(command.length());
    Optional<Reply> refusal =
        refuseUnlessOpenAndManaged(incident, context, "snooze the nudges of")
            .or(() -> refuseIfNotNudged(incident))
            .or(
                () ->
                    length.isEmpty()
                        ? Optional.of(Reply.refusal(NudgeMessages.badLength(command.length())))
                        : Optional.empty());
    if (refusal.isPresent()) {
      return refusal.get();
    }
    Instant now = core.now();
    String text =
        NudgeMessages.snoozeEntry(now.plus(length.get()), length.get(), context.user().handle());
    record(tx, incident, context, EntryKind.NOTE, text);
    nudges.reschedule(tx, incident, now);
    return Reply.toChannel(NudgeMessages.snoozed(incident, length.get()));
  }

  private Optional<Reply> refuseIfNotNudged(Incident incident) {
    if (!incident.state().isActive()
        || core.settings().nudges().of(incident.severity()).isEmpty()) {
      return Optional.of(Reply.refusal(NudgeMessages.notNudged(incident)));
    }
    return Optional.empty();
  }
}
