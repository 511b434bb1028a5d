package dev.aiir.commands;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.TimerFeature;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TenantStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up's reconciliation: every timer the store says should exist is made sure of in the
 * scheduler, so that one lost between a commit and its scheduling (a crash) still fires, late.
 */
public final class TimerReconciler {
  private final Core core;
  private final TimerFeatures features;

  public TimerReconciler(Core core, TimerFeatures features) {
    this.core = core;
    this.features = features;
  }

  /** Returns how many timers the store expects. */
  public int reconcile() {
    List<ScheduledTimer> expected = new ArrayList<>();
    for (Tenant tenant : core.store().tenants()) {
      expected.addAll(core.store().inTransaction(tenant, this::expectedIn));
    }
    core.timers().ensure(expected);
    return expected.size();
  }

  private List<ScheduledTimer> expectedIn(TenantStore tx) {
    List<ScheduledTimer> timers = new ArrayList<>();
    for (TimerFeature feature : features.all()) {
      timers.addAll(feature.expected(tx));
    }
    return timers;
  }
}
