package dev.aiir.commands.alert;

import dev.aiir.commands.alert.IntakeReport.Result;
import dev.aiir.commands.chat.Tenant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The new alerts this process is taking in now, by tenant and key. A source sends an alert again
 * before the first delivery's declaration is committed (Alertmanager's re-sends, a storm's
 * repeats); such a delivery read nothing of it and would take a write transaction of its own, only
 * to find the record and answer that nothing changed. It waits for the first delivery's answer
 * instead, holding no connection and no place in the store's writers.
 */
final class AlertsInFlight {
  private record Key(Tenant tenant, String alertKey) {}

  private final Map<Key, CompletableFuture<Optional<Result>>> taking = new ConcurrentHashMap<>();

  /** This delivery's claim on taking the alert in: its own, or a wait for another's. */
  Claim claim(Tenant tenant, String alertKey) {
    Key key = new Key(tenant, alertKey);
    CompletableFuture<Optional<Result>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<Result>> other = taking.putIfAbsent(key, mine);
    return other == null ? new Claim(key, mine, true) : new Claim(key, other, false);
  }

  /** One delivery's part: the first takes the alert in; the others wait for its answer. */
  final class Claim {
    private final Key key;
    private final CompletableFuture<Optional<Result>> outcome;
    private final boolean first;

    private Claim(Key key, CompletableFuture<Optional<Result>> outcome, boolean first) {
      this.key = key;
      this.outcome = outcome;
      this.first = first;
    }

    /** Whether this delivery takes the alert in. */
    boolean first() {
      return first;
    }

    /**
     * For a later delivery: the first one's answer once its transaction ended; empty when it
     * failed, and the later delivery takes the alert in itself.
     */
    Optional<Result> firstAnswer() {
      return outcome.join();
    }

    /** For the first delivery, when its transaction ended: its answer, or empty when it failed. */
    void ended(Optional<Result> answer) {
      if (first) {
        taking.remove(key, outcome);
        outcome.complete(answer);
      }
    }
  }
}
