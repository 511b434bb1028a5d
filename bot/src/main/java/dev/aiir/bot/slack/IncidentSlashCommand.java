package dev.aiir.bot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.bot.slack.AckBudget.Outcome;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Attachment;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.grammar.ParseOutcome;
import dev.aiir.commands.handling.CommandContext;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /incident}: the text goes to the same core as every platform's. Slack wants an answer
 * within three seconds, so a command runs with a budget ({@link AckBudget}): done in time, its
 * reply is the acknowledgement itself; slow by nature (the core says which: {@link
 * ParseOutcome#slow()}) or late, it is acknowledged with a short private note and answered through
 * {@code response_url} when done. Files go up afterwards.
 */
final class IncidentSlashCommand implements SlashCommandHandler {
  static final String FAULT = "Something went wrong on our side; try again.";
  private static final Logger LOG = LoggerFactory.getLogger(IncidentSlashCommand.class);
  private final IncidentBot bot;
  private final SlackContexts contexts;
  private final SlackChatPlatform chat;
  private final FormOpener forms;
  private final PrivateAnswers privately;
  private final AckBudget budget;
  private final BotMetrics metrics;

  IncidentSlashCommand(
      IncidentBot bot,
      SlackContexts contexts,
      SlackChatPlatform chat,
      FormOpener forms,
      PrivateAnswers privately,
      AckBudget budget,
      BotMetrics metrics) {
    this.bot = bot;
    this.contexts = contexts;
    this.chat = chat;
    this.forms = forms;
    this.privately = privately;
    this.budget = budget;
    this.metrics = metrics;
  }

  /** Acknowledges, and counts how long that took: the request's time in this handler. */
  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
    long received = System.nanoTime();
    metrics.arrived("slack");
    try {
      return acknowledge(request, ctx);
    } catch (RuntimeException e) {
      // Before the core answered (reading who typed it, say): the user still gets an answer.
      String reference = reference();
      LOG.error(
          "/incident failed before the core answered (ref {}) in team {}",
          reference,
          request.getPayload().getTeamId(),
          e);
      return ctx.ack(SlackReplies.ephemeral(faultBeforeTheCore(reference)));
    } finally {
      metrics.acknowledgedSince("slack", received);
    }
  }

  static String faultBeforeTheCore(String reference) {
    return "Something went wrong on our side (ref " + reference + "); nothing changed. Try again.";
  }

  private Response acknowledge(SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload payload = request.getPayload();
    CommandContext context = contexts.forCommand(payload);
    ParseOutcome line = bot.read(typed(payload.getText()));
    Outcome<Reply> outcome =
        budget.run(
            "/incident",
            "answering through response_url",
            line.slow(),
            () -> bot.execute(context, line),
            (reply, failure) -> answerLater(ctx, context, reply, failure));
    if (outcome instanceof Outcome.InTime<Reply> inTime) {
      return acknowledgeWith(ctx, payload, context, inTime.value());
    }
    if (outcome instanceof Outcome.Failed<Reply> failed) {
      if (!(failed.cause() instanceof InterruptedException)) {
        LOG.error("/incident failed outside the core", failed.cause());
      }
      return ctx.ack(SlackReplies.ephemeral(FAULT));
    }
    return ctx.ack(
        SlackReplies.ephemeral(
            line.slow()
                ? "Working on it: the answer follows here shortly."
                : "Still working on it: the answer follows here."));
  }

  /** The core's reply as the acknowledgement; the work is done, so a failure here says so. */
  private Response acknowledgeWith(
      SlashCommandContext ctx, SlashCommandPayload payload, CommandContext context, Reply reply) {
    try {
      if (reply.formToOpen().isPresent()) {
        return openForm(ctx, payload, reply);
      }
      Response answer = ctx.ack(SlackReplies.of(reply));
      uploadFile(ctx, context, reply);
      return answer;
    } catch (RuntimeException e) {
      String reference = reference();
      LOG.error("/incident's answer could not be made after the core ran (ref {})", reference, e);
      return ctx.ack(SlackReplies.ephemeral(unsent(reference)));
    }
  }

  /** What its author hears when the command went through and only its answer did not. */
  static String unsent(String reference) {
    return "The entry is saved; the reply failed to post (ref "
        + reference
        + "). `/incident status` shows the record.";
  }

  private static String reference() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * A command that asks with a form ({@code declare} without a title): the modal opens with the
   * command's trigger id and remembers the channel, so the submission answers there; the empty
   * acknowledgement shows nothing more. Where it cannot open, the reply's text says what to type.
   */
  private Response openForm(SlashCommandContext ctx, SlashCommandPayload payload, Reply reply) {
    ModalOrigin origin = ModalOrigin.channel(payload.getChannelId());
    if (forms.open(payload.getTriggerId(), reply.formToOpen().get(), origin)) {
      return ctx.ack();
    }
    return ctx.ack(SlackReplies.of(reply));
  }

  /**
   * Slack sends the typed text with {@code &}, {@code <} and {@code >} escaped; the core keeps what
   * people typed (mentions such as {@code <@U1|maya>} arrive unescaped and stay).
   */
  private static String typed(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private void answerLater(
      SlashCommandContext ctx, CommandContext context, Reply reply, Throwable failure) {
    SlashCommandResponse answer =
        failure == null ? SlackReplies.of(reply) : SlackReplies.ephemeral(FAULT);
    if (failure != null) {
      LOG.error("/incident failed outside the core", failure);
    }
    String problem;
    try {
      WebhookResponse sent = ctx.respond(answer);
      problem = sent.getCode() / 100 == 2 ? null : "HTTP " + sent.getCode() + " " + sent.getBody();
    } catch (Exception e) {
      problem = e.getClass().getSimpleName();
    }
    if (problem != null) {
      // The response_url is a short-lived secret: log what went wrong, never the URL.
      String reference = reference();
      LOG.warn("could not answer through response_url (ref {}): {}", reference, problem);
      if (failure == null && !reply.isPrivate()) {
        privately.tell(context.user(), context.channelId(), unsent(reference));
      }
    }
    if (reply != null) {
      uploadFile(ctx, context, reply);
    }
  }

  /**
   * Uploads a reply's file into the channel, off the request thread; a failure is told privately.
   */
  private void uploadFile(SlashCommandContext ctx, CommandContext context, Reply reply) {
    if (reply.file().isEmpty() || reply.isPrivate()) {
      return;
    }
    Attachment file = reply.file().get();
    budget.afterwards(
        () ->
            ReplyFiles.upload(
                chat,
                context.tenant(),
                context.channelId(),
                reply,
                file,
                text -> {
                  try {
                    ctx.respond(SlackReplies.ephemeral(text));
                  } catch (Exception ignored) {
                    // Nothing else can reach the author; the log has it.
                  }
                }));
  }
}
