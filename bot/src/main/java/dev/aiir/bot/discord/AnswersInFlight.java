package dev.aiir.bot.discord;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers being sent to interactions: an answer in parts asks for its next part only when the
 * last is sent, so JDA must not stop before they are all out.
 */
final class AnswersInFlight {
  private static final Logger LOG = LoggerFactory.getLogger(AnswersInFlight.class);
  private final Set<CompletableFuture<?>> sending = ConcurrentHashMap.newKeySet();

  /** Sends {@code action} and keeps it until done; a failure is logged, never thrown. */
  void send(String what, RestAction<?> action) {
    CompletableFuture<?> future = action.submit();
    sending.add(future);
    future.whenComplete(
        (done, e) -> {
          sending.remove(future);
          if (e != null) {
            failed(what, e);
          }
        });
  }

  /** Waits (bounded) until every answer has been sent whole. */
  void await(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!sending.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  static void failed(String what, Throwable e) {
    // The interaction token is a short-lived secret inside the URL: log the error, not the route.
    LOG.warn("could not {} an /incident interaction: {}", what, e.toString());
  }
}
