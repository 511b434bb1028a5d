package dev.aiir.commands.pir;

import dev.aiir.commands.Core;
import dev.aiir.commands.chat.CommandContext;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.incident.Incident;
import dev.aiir.commands.incident.IncidentHandler;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.recovery.RecoveryChecklist;
import dev.aiir.commands.timeline.EntryKind;
import java.util.List;

/** Drafts the review from the recorded timeline and posts it to the channel. */
public final class DraftPirHandler extends IncidentHandler<DraftPir> {
  public DraftPirHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      DraftPir command, CommandContext context, TenantStore tx, Incident incident) {
    PirDraft draft =
        new PirDraft(
            incident,
            tx.timeline(incident.id()),
            tx.actions(incident.id()),
            new RecoveryChecklist(tx.recovery(incident.id())),
            core.now());
    String markdown = PirRenderer.markdown(draft);
    record(tx, incident, context, EntryKind.PIR, "PIR draft generated");
    return Reply.toChannel(Message.of("", List.of(), markdown.lines().toList()));
  }
}
