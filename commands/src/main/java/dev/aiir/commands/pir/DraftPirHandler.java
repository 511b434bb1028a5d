package dev.aiir.commands.pir;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import java.util.ArrayList;
import java.util.List;

/** Drafts the review from the record and the channel's history, and posts it to the channel. */
public final class DraftPirHandler implements Handler<DraftPir> {
  private final PirDrafts drafts;

  public DraftPirHandler(Core core) {
    this.drafts = new PirDrafts(core);
  }

  @Override
  public Reply handle(DraftPir command, CommandContext context) {
    PirDrafts.Outcome outcome = drafts.prepare(command, context);
    if (outcome.refusal().isPresent()) {
      return outcome.refusal().get();
    }
    PreparedDraft prepared = outcome.prepared();
    drafts.recordDrafting(context, prepared.incident(), "PIR draft generated");
    List<String> lines = new ArrayList<>(PirRenderer.markdown(prepared.draft()).lines().toList());
    prepared
        .historyNote()
        .ifPresent(
            note -> {
              lines.add("");
              lines.add(note);
            });
    return Reply.toChannel(Message.of("", List.of(), lines));
  }
}
