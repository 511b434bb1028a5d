package dev.aiir.commands.handling;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.InsightQueries;
import dev.aiir.commands.port.Reconciliation;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.port.Timers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Timers changed inside a store transaction take effect only once it commits, and not at all when
 * it rolls back. Besides keeping refused commands from touching timers, this keeps the scheduler
 * off the database while a transaction holds it: on SQLite, Quartz's tables share the store's file
 * and its one writer lock. Wrap the store with {@link #around} and hand both to the core.
 */
public final class AfterCommitTimers implements Timers {
  private static final Logger LOG = LoggerFactory.getLogger(AfterCommitTimers.class);
  private final Timers target;
  private final ThreadLocal<List<Consumer<Timers>>> pending = new ThreadLocal<>();

  public AfterCommitTimers(Timers target) {
    this.target = target;
  }

  /** The store whose transactions hold back this object's timer changes until they commit. */
  public IncidentStore around(IncidentStore store) {
    return new IncidentStore() {
      @Override
      public <T> T inTransaction(Tenant tenant, Function<TenantStore, T> work) {
        if (pending.get() != null) {
          return store.inTransaction(tenant, work);
        }
        List<Consumer<Timers>> changes = new ArrayList<>();
        T result = store.inTransaction(tenant, tx -> holdingBack(changes, () -> work.apply(tx)));
        apply(changes);
        return result;
      }

      @Override
      public <T> T reading(Tenant tenant, Function<TenantStore, T> work) {
        // A read changes no timer: nothing to hold back.
        return store.reading(tenant, work);
      }

      @Override
      public List<Tenant> tenants() {
        return store.tenants();
      }

      @Override
      public InsightQueries insights() {
        return store.insights();
      }
    };
  }

  /**
   * Runs {@code work} with this thread's timer changes held back in {@code changes}: set inside the
   * transaction's work, because a store may run that work on a thread of its own (SQLite's group
   * commit does), and cleared first, in case a store runs it again.
   */
  private <T> T holdingBack(List<Consumer<Timers>> changes, Supplier<T> work) {
    changes.clear();
    pending.set(changes);
    try {
      return work.get();
    } finally {
      pending.remove();
    }
  }

  @Override
  public void schedule(TimerKey key, Instant at) {
    defer(timers -> timers.schedule(key, at));
  }

  @Override
  public void cancel(TimerKey key) {
    defer(timers -> timers.cancel(key));
  }

  /**
   * Reconciliation reads the store in transactions of its own, so it cannot run inside one: it goes
   * straight to the scheduler.
   */
  @Override
  public Reconciliation reconcile(Supplier<? extends Collection<ScheduledTimer>> expected) {
    if (pending.get() != null) {
      throw new IllegalStateException("timers are reconciled outside store transactions");
    }
    return target.reconcile(expected);
  }

  private void defer(Consumer<Timers> change) {
    List<Consumer<Timers>> changes = pending.get();
    if (changes == null) {
      change.accept(target);
    } else {
      changes.add(change);
    }
  }

  /**
   * The transaction has committed, so a failure here cannot undo it: it is logged, and the next
   * reconciliation schedules what the store says should exist.
   */
  private void apply(List<Consumer<Timers>> changes) {
    for (Consumer<Timers> change : changes) {
      try {
        change.accept(target);
      } catch (RuntimeException e) {
        LOG.error("a timer change was not applied after its commit; reconciliation will", e);
      }
    }
  }
}
