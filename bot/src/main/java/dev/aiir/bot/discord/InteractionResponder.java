package dev.aiir.bot.discord;

import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers each interaction within Discord's three seconds: at once when the core is quick,
 * otherwise by deferring (Discord shows "thinking...") and finishing through the interaction hook.
 * Slow subcommands defer straight away. A reply that is a form opens as a modal, which Discord
 * accepts only as the first response.
 */
final class InteractionResponder {
  /** Well inside Discord's 3 s, leaving room for the deferral's own round trip. */
  static final Duration DEFER_AFTER = Duration.ofMillis(1500);

  private static final Logger LOG = LoggerFactory.getLogger(InteractionResponder.class);
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final Duration deferAfter;
  private final BotMetrics metrics;
  private final AnswersInFlight inFlight;

  InteractionResponder(
      ExecutorService workers,
      ScheduledExecutorService timer,
      Duration deferAfter,
      BotMetrics metrics,
      AnswersInFlight inFlight) {
    this.workers = workers;
    this.timer = timer;
    this.deferAfter = deferAfter;
    this.metrics = metrics;
    this.inFlight = inFlight;
  }

  /** Runs {@code work} off the gateway thread and answers with its reply. */
  void answer(IReplyCallback event, boolean slow, Supplier<Reply> work) {
    Acknowledgement acknowledged = new Acknowledgement();
    ScheduledFuture<?> deferral =
        slow
            ? null
            : timer.schedule(
                () -> defer(event, acknowledged), deferAfter.toMillis(), TimeUnit.MILLISECONDS);
    if (slow) {
      defer(event, acknowledged);
    }
    workers.execute(
        () -> {
          Reply reply = safely(work);
          if (deferral != null) {
            deferral.cancel(false);
          }
          finish(event, acknowledged, reply);
        });
  }

  /**
   * The core answers faults itself; this only guards the promise that every interaction is
   * answered.
   */
  private static Reply safely(Supplier<Reply> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      LOG.error("an /incident interaction failed outside the core", e);
      return fault();
    }
  }

  /** The answer to an interaction that failed outside the core, which answers its own faults. */
  static Reply fault() {
    return Reply.refusal("Something went wrong on our side; nothing was recorded. Try again.");
  }

  /** Answers at once, on the calling thread: for refusals the adapter makes itself, and help. */
  void now(IReplyCallback event, Reply reply) {
    finish(event, new Acknowledgement(), reply);
  }

  private void defer(IReplyCallback event, Acknowledgement acknowledged) {
    if (acknowledged.claim()) {
      metrics.acknowledgedSince("discord", acknowledged.received);
      inFlight.send("defer", event.deferReply());
    }
  }

  private void finish(IReplyCallback event, Acknowledgement acknowledged, Reply reply) {
    if (openedForm(event, acknowledged, reply.formToOpen())) {
      return;
    }
    List<MessageCreateData> parts = DiscordMessages.render(reply);
    boolean ephemeral = reply.isPrivate();
    InteractionHook hook = event.getHook();
    RestAction<?> first;
    if (acknowledged.claim()) {
      metrics.acknowledgedSince("discord", acknowledged.received);
      first = event.reply(parts.get(0)).setEphemeral(ephemeral);
    } else if (ephemeral) {
      // The deferral's "thinking..." is public; a private answer replaces it with a follow-up
      // only its author sees.
      first = hook.sendMessage(parts.get(0)).setEphemeral(true).flatMap(m -> hook.deleteOriginal());
    } else {
      first = hook.editOriginal(MessageEditData.fromCreateData(parts.get(0)));
    }
    inFlight.send("answer", followUps(first, hook, parts, ephemeral));
  }

  /**
   * Opens the reply's form as a modal when that can still be the first response; otherwise the
   * reply's message (which says what to type instead) is shown.
   */
  private boolean openedForm(
      IReplyCallback event, Acknowledgement acknowledged, Optional<Form> form) {
    if (form.isEmpty() || !(event instanceof IModalCallback modal) || !acknowledged.claim()) {
      return false;
    }
    metrics.acknowledgedSince("discord", acknowledged.received);
    inFlight.send("open a form for", modal.replyModal(DiscordModals.of(form.get())));
    return true;
  }

  /** The first message, then each further part once the one before it is sent. */
  static RestAction<?> followUps(
      RestAction<?> first, InteractionHook hook, List<MessageCreateData> parts, boolean ephemeral) {
    RestAction<?> chain = first;
    for (MessageCreateData part : parts.subList(1, parts.size())) {
      chain = chain.flatMap(previous -> hook.sendMessage(part).setEphemeral(ephemeral));
    }
    return chain;
  }
}
