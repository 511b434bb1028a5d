package dev.aiir.commands;

import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.FiredTimer;
import dev.aiir.commands.handling.TimerFeature;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.port.TimerKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a timer comes due: the feature named by its purpose decides what to say, and
 * the notices are queued in the same transaction that records the timer as fired. Running it twice
 * for the same timer (a job re-run after a crash) queues nothing the second time.
 */
public final class TimerFired {
  private static final Logger LOG = LoggerFactory.getLogger(TimerFired.class);
  private final Core core;
  private final TimerFeatures features;
  private final Observer observer;

  /**
   * Told of each firing once its transaction has committed, with the core's time then: the gate
   * benchmark measures from a check's due time to its recorded verdict with it.
   */
  public interface Observer {
    Observer NONE = (key, dueAt, committedAt) -> {};

    void committed(TimerKey key, Instant dueAt, Instant committedAt);
  }

  public TimerFired(Core core, TimerFeatures features) {
    this(core, features, Observer.NONE);
  }

  public TimerFired(Core core, TimerFeatures features, Observer observer) {
    this.core = core;
    this.features = features;
    this.observer = observer;
  }

  /** Handles the timer {@code key} due at {@code dueAt}; returns how many notices it queued. */
  public int fire(TimerKey key, Instant dueAt) {
    Optional<TimerFeature> feature = features.forKey(key);
    if (feature.isEmpty()) {
      LOG.warn("timer {} belongs to no feature of this build; ignored", key);
      return 0;
    }
    Object prepared = feature.get().prepare(new FiredTimer(key, dueAt, notBefore(dueAt)));
    int sent =
        core.store()
            .inTransaction(
                key.tenant(),
                tx -> {
                  Instant now = notBefore(dueAt);
                  FiredTimer timer = new FiredTimer(key, dueAt, now, prepared);
                  List<Notice> notices = feature.get().fired(timer, tx);
                  int queued = 0;
                  for (Notice notice : notices) {
                    if (tx.outbox().enqueue(dedupeKey(key, dueAt, notice.to()), notice, now)) {
                      queued++;
                    }
                  }
                  return queued;
                });
    observer.committed(key, dueAt, core.now());
    return sent;
  }

  /**
   * Now, or {@code dueAt} if that is later: a scheduler may fire a few milliseconds early, which a
   * drill's clock magnifies, and a timer is never handled before its time.
   */
  private Instant notBefore(Instant dueAt) {
    Instant now = core.now();
    return now.isBefore(dueAt) ? dueAt : now;
  }

  /** One message per timer, due time and recipient, however often the timer is handled. */
  static String dedupeKey(TimerKey key, Instant dueAt, Recipient to) {
    return key.value() + "@" + dueAt.toEpochMilli() + " " + to;
  }
}
