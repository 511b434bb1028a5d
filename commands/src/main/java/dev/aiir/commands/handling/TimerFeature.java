package dev.aiir.commands.handling;

import dev.aiir.commands.model.Notice;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TenantStore;
import java.util.List;

/**
 * One feature's timers (rollout phases, PIR deadlines, digests...): what to say when one fires, and
 * which ones its records say should exist. Registered in {@link TimerFeatures}.
 */
public interface TimerFeature {

  /** The first segment of the purposes it handles, such as {@code rollout}. */
  String name();

  /**
   * Handles a timer that came due, inside its tenant's transaction: checks that it still applies (a
   * halted rollout's timer does not), records that it fired, so it never fires twice, and returns
   * what to tell whom. An empty list is how a stale or cancelled timer fires into silence.
   */
  List<Notice> fired(FiredTimer timer, TenantStore tx);

  /**
   * Slow work a firing needs (a metrics query), done before {@link #fired} and outside any
   * transaction, so that the store is not held meanwhile; what it returns reaches {@code fired} as
   * {@link FiredTimer#prepared()}. It may read the store in a transaction of its own. Most features
   * need nothing.
   */
  default Object prepare(FiredTimer timer) {
    return null;
  }

  /** The timers that should be scheduled now in this tenant: those not fired yet. */
  List<ScheduledTimer> expected(TenantStore tx);
}
