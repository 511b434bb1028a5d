package dev.aiir.bench;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.FiredTimer;
import dev.aiir.commands.handling.TimerFeature;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.port.TimerKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The benchmark's timers ({@code bench/<n>}), due one after another at a steady rate: each firing
 * records how late it ran and says nothing. The store "expects" those not fired yet, so start-up
 * reconciles all of them as it would real timers.
 */
final class BenchTimers implements TimerFeature {
  static final Tenant TENANT = new Tenant(Platform.CONSOLE, "bench");
  static final IncidentId INCIDENT = new IncidentId("AI-IR-2026-001");

  private final int count;
  private Instant first;
  private Duration spacing;
  private final BitSet fired = new BitSet();
  private final long[] lateMillis;
  private int firings;

  BenchTimers(int count) {
    this.count = count;
    this.lateMillis = new long[count];
  }

  /** Timer {@code n} is due at {@code first + n * spacing}. */
  synchronized void plan(Instant first, Duration spacing) {
    this.first = first;
    this.spacing = spacing;
  }

  TimerKey key(int n) {
    return TimerKey.of(TENANT, INCIDENT, "bench", String.valueOf(n));
  }

  synchronized Instant due(int n) {
    return first.plus(spacing.multipliedBy(n));
  }

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public synchronized List<Notice> fired(FiredTimer timer, TenantStore tx) {
    long late = Duration.between(timer.dueAt(), Instant.now()).toMillis();
    int n = Integer.parseInt(timer.details()[0]);
    firings++;
    if (!fired.get(n)) {
      fired.set(n);
      lateMillis[n] = Math.max(0, late);
    }
    return List.of();
  }

  @Override
  public synchronized List<ScheduledTimer> expected(TenantStore tx) {
    if (first == null || !tx.tenant().equals(TENANT)) {
      return List.of();
    }
    List<ScheduledTimer> pending = new ArrayList<>();
    for (int n = fired.nextClearBit(0); n < count; n = fired.nextClearBit(n + 1)) {
      pending.add(new ScheduledTimer(key(n), due(n)));
    }
    return pending;
  }

  synchronized int distinctFired() {
    return fired.cardinality();
  }

  /** Firings beyond one per timer: there should be none. */
  synchronized int duplicates() {
    return firings - fired.cardinality();
  }

  /** The lateness of the fired timers, in milliseconds, sorted. */
  synchronized long[] sortedLateness() {
    long[] late = new long[fired.cardinality()];
    int i = 0;
    for (int n = fired.nextSetBit(0); n >= 0; n = fired.nextSetBit(n + 1)) {
      late[i++] = lateMillis[n];
    }
    java.util.Arrays.sort(late);
    return late;
  }
}
