package dev.aiir.bot.discord;

import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.chat.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every interaction is answered within Discord's three seconds, for typed commands and presses
 * alike: the work runs off the gateway thread; the interaction is deferred at once when the core is
 * slow, or when it has not answered after {@code deferAfter}; exactly one first response is sent,
 * and counted as the acknowledgement; a fault outside the core still gets its short answer.
 */
final class Answering {
  /** Well inside Discord's 3 s, leaving room for the deferral's own round trip. */
  static final Duration DEFER_AFTER = Duration.ofMillis(1500);

  private static final Logger LOG = LoggerFactory.getLogger(Answering.class);
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final Duration deferAfter;
  private final BotMetrics metrics;
  private final AnswersInFlight inFlight;

  Answering(
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

  /**
   * Runs {@code work} on a worker and hands its outcome to {@code finish} with the interaction's
   * acknowledgement, which the deferral may have claimed by then.
   *
   * @param deferral the deferring response, sent only if it comes first
   * @param what the interaction as a fault outside the core is logged, such as {@code "a press"}
   * @param onFault the outcome that answers such a fault
   */
  <T> void run(
      boolean slow,
      Supplier<RestAction<?>> deferral,
      String what,
      Supplier<T> work,
      Function<Reply, T> onFault,
      BiConsumer<Acknowledgement, T> finish) {
    Acknowledgement acknowledged = new Acknowledgement();
    ScheduledFuture<?> later = null;
    if (slow) {
      defer(acknowledged, deferral);
    } else {
      later =
          timer.schedule(
              () -> defer(acknowledged, deferral), deferAfter.toMillis(), TimeUnit.MILLISECONDS);
    }
    ScheduledFuture<?> timed = later;
    workers.execute(
        () -> {
          T outcome = safely(what, work, onFault);
          if (timed != null) {
            timed.cancel(false);
          }
          finish.accept(acknowledged, outcome);
        });
  }

  /** The core answers faults itself; this only keeps the promise that every one is answered. */
  private static <T> T safely(String what, Supplier<T> work, Function<Reply, T> onFault) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      LOG.error("{} failed outside the core", what, e);
      return onFault.apply(fault());
    }
  }

  /**
   * Sends the answer to work that is done: when a public answer fails to post, its author hears
   * privately that what the work recorded stands, with a reference to the logged failure.
   */
  void sendAnswer(InteractionHook hook, Reply reply, RestAction<?> answer) {
    if (reply.isPrivate()) {
      send("answer", answer);
      return;
    }
    send(
        "answer",
        answer
            .map(Object.class::cast)
            // JDA's submit() path calls this on success too, with no error: hence the filter.
            .onErrorFlatMap(
                Objects::nonNull,
                e -> {
                  String reference = reference();
                  LOG.warn(
                      "an answer failed to post after its work was done (ref {}): {}",
                      reference,
                      e.toString());
                  return unsentNotice(hook, reference).map(Object.class::cast);
                }));
  }

  /**
   * When the answer to work that is done cannot even be made (rendered), its author still hears,
   * privately, that the work stands.
   */
  void answerUnmade(IReplyCallback event, Acknowledgement acknowledged, RuntimeException e) {
    String reference = reference();
    LOG.error("an answer could not be made after its work was done (ref {})", reference, e);
    MessageCreateData notice = unsent(reference);
    send(
        "answer",
        claim(acknowledged)
            ? event.reply(notice).setEphemeral(true)
            : event.getHook().sendMessage(notice).setEphemeral(true));
  }

  private static RestAction<?> unsentNotice(InteractionHook hook, String reference) {
    return hook.sendMessage(unsent(reference)).setEphemeral(true);
  }

  private static MessageCreateData unsent(String reference) {
    return DiscordMessages.render(Reply.refusal(unsentText(reference))).get(0);
  }

  /** What its author hears when the work went through and only its answer did not. */
  static String unsentText(String reference) {
    return "The entry is saved; the reply failed to post (ref "
        + reference
        + "). `/incident status` shows the record.";
  }

  private static String reference() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** The answer to an interaction that failed outside the core, which answers its own faults. */
  static Reply fault() {
    return Reply.refusal("Something went wrong on our side; nothing was recorded. Try again.");
  }

  private void defer(Acknowledgement acknowledged, Supplier<RestAction<?>> deferral) {
    if (claim(acknowledged)) {
      inFlight.send("defer", deferral.get());
    }
  }

  /** True for the one caller that sends the first response, counted as the acknowledgement. */
  boolean claim(Acknowledgement acknowledged) {
    if (!acknowledged.claim()) {
      return false;
    }
    metrics.acknowledgedSince("discord", acknowledged.received);
    return true;
  }

  /** Sends a response and keeps it until done ({@link AnswersInFlight}). */
  void send(String what, RestAction<?> action) {
    inFlight.send(what, action);
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
