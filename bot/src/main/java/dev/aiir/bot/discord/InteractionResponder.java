package dev.aiir.bot.discord;

import dev.aiir.commands.chat.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers each interaction within Discord's three seconds: at once when the core is quick,
 * otherwise by deferring (Discord shows "thinking...") and finishing through the interaction hook.
 * Slow subcommands defer straight away.
 */
final class InteractionResponder {
  /** Well inside Discord's 3 s, leaving room for the deferral's own round trip. */
  static final Duration DEFER_AFTER = Duration.ofMillis(1500);

  private static final Logger LOG = LoggerFactory.getLogger(InteractionResponder.class);
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final Duration deferAfter;
  private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();

  InteractionResponder(
      ExecutorService workers, ScheduledExecutorService timer, Duration deferAfter) {
    this.workers = workers;
    this.timer = timer;
    this.deferAfter = deferAfter;
  }

  /** Runs {@code work} off the gateway thread and answers with its reply. */
  void answer(IReplyCallback event, boolean slow, Supplier<Reply> work) {
    AtomicBoolean acknowledged = new AtomicBoolean();
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
      return Reply.refusal("Something went wrong on our side; nothing was recorded. Try again.");
    }
  }

  /** Answers at once, on the calling thread: for refusals the adapter makes itself, and help. */
  void now(IReplyCallback event, Reply reply) {
    finish(event, new AtomicBoolean(), reply);
  }

  private static void defer(IReplyCallback event, AtomicBoolean acknowledged) {
    if (acknowledged.compareAndSet(false, true)) {
      event.deferReply().queue(null, e -> failed("defer", e));
    }
  }

  private void finish(IReplyCallback event, AtomicBoolean acknowledged, Reply reply) {
    List<MessageCreateData> parts = DiscordMessages.render(reply);
    boolean ephemeral = reply.isPrivate();
    InteractionHook hook = event.getHook();
    RestAction<?> first;
    if (acknowledged.compareAndSet(false, true)) {
      first = event.reply(parts.get(0)).setEphemeral(ephemeral);
    } else if (ephemeral) {
      // The deferral's "thinking..." is public; a private answer replaces it with a follow-up
      // only its author sees.
      first = hook.sendMessage(parts.get(0)).setEphemeral(true).flatMap(m -> hook.deleteOriginal());
    } else {
      first = hook.editOriginal(MessageEditData.fromCreateData(parts.get(0)));
    }
    CompletableFuture<?> sending = followUps(first, hook, parts, ephemeral).submit();
    inFlight.add(sending);
    sending.whenComplete(
        (done, e) -> {
          inFlight.remove(sending);
          if (e != null) {
            failed("answer", e);
          }
        });
  }

  /**
   * Waits (bounded) until every answer has been sent whole: an answer in parts asks for its next
   * part only when the last is sent, so JDA must not stop before.
   */
  void awaitAnswers(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!inFlight.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  private static RestAction<?> followUps(
      RestAction<?> first, InteractionHook hook, List<MessageCreateData> parts, boolean ephemeral) {
    RestAction<?> chain = first;
    for (MessageCreateData part : parts.subList(1, parts.size())) {
      chain = chain.flatMap(previous -> hook.sendMessage(part).setEphemeral(ephemeral));
    }
    return chain;
  }

  private static void failed(String what, Throwable e) {
    // The interaction token is a short-lived secret inside the URL: log the error, not the route.
    LOG.warn("could not {} an /incident interaction: {}", what, e.toString());
  }
}
