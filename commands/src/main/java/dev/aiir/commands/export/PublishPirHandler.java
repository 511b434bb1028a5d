package dev.aiir.commands.export;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.handling.HandlingMessages;
import dev.aiir.commands.handling.IncidentLookup;
import dev.aiir.commands.model.ExportJob;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.Incident;
import java.util.List;

/**
 * Publishes the incident's review to a wiki while its author waits, as a page created once and
 * updated in place after; the page's link goes on the timeline.
 */
public final class PublishPirHandler implements Handler<PublishPir> {
  private final Core core;
  private final ExportRequests requests;

  public PublishPirHandler(Core core) {
    this.core = core;
    this.requests = new ExportRequests(core);
  }

  private record Queued(Reply refusal, Incident incident, ExportTarget target, long job) {}

  @Override
  public Reply handle(PublishPir command, CommandContext context) {
    Queued queued =
        core.store()
            .inTransaction(
                context.tenant(),
                tx -> {
                  Incident incident = IncidentLookup.find(tx, command, context).orElse(null);
                  if (incident == null) {
                    return new Queued(
                        Reply.refusal(HandlingMessages.notFound(command.target())), null, null, 0);
                  }
                  ExportTargets.Choice choice =
                      ExportTargets.choose(core, context.tenant(), command.to(), false);
                  if (choice.target().isEmpty()) {
                    return new Queued(Reply.refusal(choice.refusal()), null, null, 0);
                  }
                  long job =
                      tx.exports()
                          .enqueue(
                              incident.id(),
                              choice.target().get(),
                              ExportJob.PIR,
                              false,
                              context.user(),
                              core.exports().realClock().instant(),
                              requests.holdUntil());
                  return new Queued(null, incident, choice.target().get(), job);
                });
    if (queued.refusal() != null) {
      return queued.refusal();
    }
    String again =
        "/incident pir publish --id " + queued.incident().id() + " --to " + queued.target().key();
    ExportRequests.Results results = requests.run(List.of(queued.job()), queued.target(), again);
    if (!results.busy().isEmpty()) {
      return Reply.refusal(
          "The PIR of "
              + queued.incident().id()
              + " is being published by aiir right now; the timeline shows its link when it is"
              + " done.");
    }
    if (results.done().isEmpty()) {
      return Reply.refusal(String.join("\n", results.problems()));
    }
    Exported done = results.done().get(0);
    if (done.change() == Exported.Change.GONE) {
      return Reply.refusal(HandlingMessages.notFound(command.target()));
    }
    String verb = done.change() == Exported.Change.UPDATED ? "updated in" : "published to";
    return Reply.toChannel(
        Message.of(
            queued.incident().id() + ": PIR " + verb + " " + queued.target().label(),
            List.of(),
            List.of(done.url() == null ? done.key() : done.url())));
  }
}
