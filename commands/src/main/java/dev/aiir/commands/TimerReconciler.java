package dev.aiir.commands;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.TimerFeature;
import dev.aiir.commands.port.Reconciliation;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TenantStore;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timers' reconciliation, at start-up and every few minutes: every timer the store says should
 * exist is made sure of in the scheduler, so that one lost between a commit and its scheduling (a
 * crash) still fires, late. The scheduler's side is read first and the store's after it, each in
 * one go (a read-only transaction per tenant, which holds back no command), and only the difference
 * is scheduled. Commands run meanwhile; a timer that fires meanwhile fires once.
 */
public final class TimerReconciler {
  private static final Logger LOG = LoggerFactory.getLogger(TimerReconciler.class);
  private final Core core;
  private final TimerFeatures features;

  public TimerReconciler(Core core, TimerFeatures features) {
    this.core = core;
    this.features = features;
  }

  /** Reconciles once and logs what it found and how long it took. */
  public Reconciliation reconcile() {
    long start = System.nanoTime();
    Reconciliation done = core.timers().reconcile(this::expected);
    LOG.info(
        "timers reconciled in {} ms: {} expected by the store, {} held by the scheduler"
            + " ({} scheduled, {} of them moved; {} held that the store does not expect)",
        (System.nanoTime() - start) / 1_000_000,
        done.expected(),
        done.heldAfter(),
        done.added(),
        done.moved(),
        done.unexpected());
    return done;
  }

  /** Every timer the store expects, tenant by tenant. */
  private List<ScheduledTimer> expected() {
    List<ScheduledTimer> expected = new ArrayList<>();
    for (Tenant tenant : core.store().tenants()) {
      expected.addAll(core.store().reading(tenant, this::expectedIn));
    }
    return expected;
  }

  private List<ScheduledTimer> expectedIn(TenantStore tx) {
    List<ScheduledTimer> timers = new ArrayList<>();
    for (TimerFeature feature : features.all()) {
      timers.addAll(feature.expected(tx));
    }
    return timers;
  }
}
