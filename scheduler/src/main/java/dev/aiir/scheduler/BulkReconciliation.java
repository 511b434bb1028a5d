package dev.aiir.scheduler;

import dev.aiir.commands.port.Reconciliation;
import dev.aiir.commands.port.ScheduledTimer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.quartz.JobDetail;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reconciliation on Quartz, in bulk: the names of the scheduled triggers in one query, then
 * what the store expects, then a set difference by name. Timers held at another time than expected
 * (moved) lose their old trigger, unless held earlier and {@link ScheduledTimer#movesItself} (it
 * will), and the missing ones are scheduled {@value #BATCH} to a transaction, so that a command
 * waits for one batch at most (on SQLite they share one write lock). A batch that meets a timer
 * scheduled meanwhile by a command or another replica is written again one timer at a time, leaving
 * that one as it is: it was scheduled after the store was read, so it is at least as new. Timers
 * held that the store does not expect are counted and left alone: a timer that fires checks its
 * record first, and says nothing when it no longer applies.
 *
 * <p>The store's upkeep runs before the reads and again after every {@value #UPKEEP_EVERY} timers
 * written: on PostgreSQL, the planner's statistics, without which a restored database's bulk reads
 * and a bulk write into small tables are planned as scans of every row, once per row (10,000 timers
 * into empty tables took 37 to 48 s instead of a few).
 */
final class BulkReconciliation {
  static final int BATCH = 200;
  static final int UPKEEP_EVERY = 5 * BATCH;
  private static final Logger LOG = LoggerFactory.getLogger(BulkReconciliation.class);

  /**
   * Timers due sooner than this (real time) when their batch is written take the careful way: a
   * replica whose clock runs this much ahead could already have fired one.
   */
  static final Duration SOON = Duration.ofMinutes(1);

  private final QuartzTimers timers;
  private final Scheduler scheduler;
  private final TimerJobStore store;
  private final Clock realClock;
  private final Runnable upkeep;

  BulkReconciliation(
      QuartzTimers timers, Scheduler scheduler, TimerJobStore store, Clock real, Runnable upkeep) {
    this.timers = timers;
    this.scheduler = scheduler;
    this.store = store;
    this.realClock = real;
    this.upkeep = upkeep;
  }

  Reconciliation run(Supplier<? extends Collection<ScheduledTimer>> expectedNow)
      throws SchedulerException {
    keepUp();
    // The scheduler first: a timer that fires after this read was held; one that fired before it
    // is recorded as fired by the time the store is read, so it is not expected any more.
    Set<TriggerKey> held =
        scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(QuartzTimers.GROUP));
    Collection<ScheduledTimer> expected = expectedNow.get();
    Map<String, ScheduledTimer> byName = new HashMap<>(expected.size() * 2);
    for (ScheduledTimer timer : expected) {
      byName.put(timers.name(timer.key(), timer.at()), timer);
    }
    Map<String, String> heldByKey = new HashMap<>(held.size() * 2);
    held.forEach(key -> heldByKey.put(QuartzTimers.keyOfName(key.getName()), key.getName()));
    List<ScheduledTimer> missing = new ArrayList<>();
    Set<String> missingKeys = new HashSet<>();
    Set<String> keptEarlier = new HashSet<>();
    byName.forEach(
        (name, timer) -> {
          String heldName = heldByKey.get(timer.key().value());
          if (name.equals(heldName)) {
            return;
          }
          if (heldName != null
              && timer.movesItself()
              && QuartzTimers.dueOfName(heldName) < timer.at().toEpochMilli()) {
            keptEarlier.add(heldName);
            return;
          }
          missing.add(timer);
          missingKeys.add(timer.key().value());
        });
    List<TriggerKey> moved = new ArrayList<>();
    int unexpected = 0;
    for (TriggerKey key : held) {
      String name = key.getName();
      if (!byName.containsKey(name) && !keptEarlier.contains(name)) {
        if (missingKeys.contains(QuartzTimers.keyOfName(name))) {
          moved.add(key);
        } else {
          unexpected++;
        }
      }
    }
    unschedule(moved);
    int added = schedule(missing, expectedNow);
    return new Reconciliation(byName.size(), held.size(), added, moved.size(), unexpected);
  }

  /** Old triggers of moved timers; their jobs go with them. */
  private void unschedule(List<TriggerKey> moved) throws SchedulerException {
    for (int from = 0; from < moved.size(); from += BATCH) {
      List<TriggerKey> batch = moved.subList(from, Math.min(moved.size(), from + BATCH));
      synchronized (timers) {
        scheduler.unscheduleJobs(batch);
      }
    }
  }

  /**
   * Soonest first, a batch at a time. Of each batch, the timers due within {@link #SOON} are
   * written the careful way ({@link TimerJobStore#storeIfStillMissing}, which reads the store again
   * under Quartz's lock); the others, which nobody can have fired yet, in one transaction.
   */
  private int schedule(
      List<ScheduledTimer> missing, Supplier<? extends Collection<ScheduledTimer>> expectedNow)
      throws SchedulerException {
    int added = 0;
    missing.sort(Comparator.comparing(ScheduledTimer::at));
    for (int from = 0; from < missing.size(); from += BATCH) {
      if (from > 0 && from % UPKEEP_EVERY == 0) {
        keepUp();
      }
      List<ScheduledTimer> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
      Instant soon = realClock.instant().plus(SOON);
      List<TimerJobStore.Timer> due = new ArrayList<>();
      Map<JobDetail, Set<? extends Trigger>> later = new HashMap<>();
      for (ScheduledTimer timer : batch) {
        Trigger trigger = timers.trigger(timer.key(), timer.at());
        JobDetail job = timers.job(timer.key(), trigger);
        if (trigger.getStartTime().toInstant().isAfter(soon)) {
          later.put(job, Set.of(trigger));
        } else {
          due.add(TimerJobStore.Timer.of(job, trigger));
        }
      }
      // Under the timers' lock, a batch and a command's schedule or cancel never interleave here.
      synchronized (timers) {
        if (!due.isEmpty()) {
          added += store.storeIfStillMissing(due, () -> names(expectedNow.get()));
        }
        if (!later.isEmpty()) {
          try {
            scheduler.scheduleJobs(later, false);
            added += later.size();
          } catch (ObjectAlreadyExistsException e) {
            added += oneByOne(later);
          }
        }
      }
    }
    return added;
  }

  /** The store's upkeep; should it fail, the reconciliation goes on without it. */
  private void keepUp() {
    try {
      upkeep.run();
    } catch (RuntimeException e) {
      LOG.warn("the store's upkeep failed; reconciling the timers all the same", e);
    }
  }

  private Set<String> names(Collection<ScheduledTimer> expected) {
    Set<String> names = new HashSet<>(expected.size() * 2);
    expected.forEach(timer -> names.add(timers.name(timer.key(), timer.at())));
    return names;
  }

  /** Returns how many it scheduled. */
  private int oneByOne(Map<JobDetail, Set<? extends Trigger>> jobs) throws SchedulerException {
    int added = 0;
    for (Map.Entry<JobDetail, Set<? extends Trigger>> job : jobs.entrySet()) {
      if (scheduler.checkExists(job.getKey().getKey())) {
        continue;
      }
      try {
        scheduler.scheduleJob(job.getKey(), job.getValue(), false);
        added++;
      } catch (ObjectAlreadyExistsException e) {
        LOG.debug("timer {} was scheduled meanwhile", job.getKey().getKey());
      }
    }
    LOG.debug(
        "reconciliation left {} timer(s) scheduled meanwhile as they were", jobs.size() - added);
    return added;
  }
}
