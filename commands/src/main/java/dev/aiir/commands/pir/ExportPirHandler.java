package dev.aiir.commands.pir;

import dev.aiir.commands.chat.Attachment;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;

/** Uploads the draft as a Markdown or JSON file to the channel. */
public final class ExportPirHandler implements Handler<ExportPir> {
  private final PirDrafts drafts;

  public ExportPirHandler(Core core) {
    this.drafts = new PirDrafts(core);
  }

  @Override
  public Reply handle(ExportPir command, CommandContext context) {
    PirDrafts.Outcome outcome = drafts.prepare(command, context);
    if (outcome.refusal().isPresent()) {
      return outcome.refusal().get();
    }
    PreparedDraft prepared = outcome.prepared();
    ExportFormat format = command.format();
    String filename = prepared.incident().id() + "-pir." + format.extension();
    drafts.recordDrafting(context, prepared.incident(), "PIR draft exported as " + filename);
    String note = prepared.historyNote().map(n -> " " + n).orElse("");
    return Reply.toChannel("PIR draft of " + prepared.incident().id() + ": " + filename + note)
        .with(new Attachment(filename, format.mediaType(), format.render(prepared.draft())));
  }
}
