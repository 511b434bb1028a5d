package dev.aiir.commands.pir;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.HandlingMessages;
import dev.aiir.commands.handling.IncidentLookup;
import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.RecoveryChecklist;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.model.TrackedIssue;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.NotInWorkspace;
import dev.aiir.commands.port.TenantStore;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares a draft in three steps, so that no database transaction stays open while the channel's
 * history is read over the network: read the record, read the history, then record the drafting.
 */
public final class PirDrafts {
  private static final Logger LOG = LoggerFactory.getLogger(PirDrafts.class);
  private final Core core;

  public PirDrafts(Core core) {
    this.core = core;
  }

  /** Which of the two: a refusal for the author, or the prepared draft. */
  public record Outcome(Optional<Reply> refusal, PreparedDraft prepared) {}

  public Outcome prepare(TargetedCommand command, CommandContext context) {
    Optional<IncidentRecord> record =
        core.store().inTransaction(context.tenant(), tx -> read(tx, command, context));
    if (record.isEmpty()) {
      return new Outcome(
          Optional.of(Reply.refusal(HandlingMessages.notFound(command.target()))), null);
    }
    IncidentRecord r = record.get();
    HistoryDigest history = new HistoryDigest(r.timeline(), r.incident().id().value());
    Optional<String> historyNote = readHistory(context, r.incident(), history);
    PirDraft draft =
        PirDrafter.fromRecord(
            r.incident(),
            r.timeline(),
            r.actions(),
            r.recovery(),
            r.rollout(),
            r.alerts(),
            r.tracked(),
            history,
            core.now());
    return new Outcome(Optional.empty(), new PreparedDraft(r.incident(), draft, historyNote));
  }

  /** Records on the timeline that the review was drafted or exported. */
  public void recordDrafting(CommandContext context, Incident incident, String text) {
    core.store()
        .inTransaction(
            context.tenant(),
            tx ->
                tx.timeline()
                    .append(
                        incident.id(),
                        TimelineEntry.byCommand(
                            core.now(), core.now(), context.user(), EntryKind.PIR, text)));
  }

  private record IncidentRecord(
      Incident incident,
      List<TimelineEntry> timeline,
      List<dev.aiir.commands.model.ActionItem> actions,
      RecoveryChecklist recovery,
      Optional<Rollout> rollout,
      List<AlertRecord> alerts,
      List<TrackedIssue> tracked) {}

  private static Optional<IncidentRecord> read(
      TenantStore tx, TargetedCommand command, CommandContext context) {
    return IncidentLookup.find(tx, command, context)
        .map(
            incident ->
                new IncidentRecord(
                    incident,
                    tx.timeline().of(incident.id()),
                    tx.actions().of(incident.id()),
                    new RecoveryChecklist(tx.recovery().of(incident.id())),
                    tx.rollouts().of(incident.id()),
                    tx.alerts().of(incident.id()),
                    tx.exports().issues(incident.id())));
  }

  /** Empty once read; otherwise the note the draft carries about why it could not be. */
  private Optional<String> readHistory(
      CommandContext context, Incident incident, HistoryDigest digest) {
    Optional<ChatPlatform> chat = core.chat().forPlatform(context.tenant().platform());
    if (chat.isEmpty() || incident.channelId() == null) {
      return Optional.empty(); // nothing beyond the record to read
    }
    try {
      HistoryReader.readAll(chat.get(), context.tenant(), incident.channelId(), digest);
      return Optional.empty();
    } catch (NotInWorkspace e) {
      LOG.info("history of {} for {}: {}", incident.channelId(), incident.id(), e.getMessage());
      return Optional.of(PirMessages.historyOutOfReach(e.getMessage()));
    } catch (RuntimeException e) {
      LOG.warn("history of {} for {} could not be read", incident.channelId(), incident.id(), e);
      return Optional.of(PirMessages.historyUnreadable());
    }
  }
}
