package dev.aiir.scheduler;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.JobPersistenceException;
import org.quartz.SchedulerConfigException;
import org.quartz.Trigger;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.spi.ClassLoadHelper;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.SchedulerSignaler;

/**
 * Quartz's JDBC job store with one more operation, for reconciliation: scheduling timers that are
 * due (or nearly) only if they are still missing and the store still expects them, both checked
 * under Quartz's trigger lock. A timer that fires is deleted under that lock only after its
 * handling recorded it as fired, so a timer that another replica (or a command) scheduled and that
 * fired since reconciliation read the scheduler is seen, by one check or the other, and never
 * scheduled again. And one for commands: their changes to timers, many in one transaction.
 */
public final class TimerJobStore extends JobStoreTX {
  private static final Map<String, TimerJobStore> BY_DATA_SOURCE = new ConcurrentHashMap<>();

  /** Quartz builds its job store; this hands {@link QuartzTimers} the one on its data source. */
  static TimerJobStore claim(String dataSource) {
    TimerJobStore store = BY_DATA_SOURCE.remove(dataSource);
    if (store == null) {
      throw new IllegalStateException("no timer job store on " + dataSource);
    }
    return store;
  }

  @Override
  public void initialize(ClassLoadHelper loadHelper, SchedulerSignaler signaler)
      throws SchedulerConfigException {
    super.initialize(loadHelper, signaler);
    BY_DATA_SOURCE.put(getDataSource(), this);
  }

  /** On SQLite: locked transactions take their turn in the store's queue of writers from now on. */
  void queueWritesWith(ReentrantLock writerQueue) {
    if (getLockHandler() instanceof SqliteLockHandler sqlite) {
      sqlite.queueWith(writerQueue);
    }
  }

  /** A job and its one trigger, the trigger's first firing computed. */
  record Timer(JobDetail job, OperableTrigger trigger) {
    /** The trigger as the scheduler makes it before storing it, for the store to take directly. */
    static Timer of(JobDetail job, Trigger trigger) {
      OperableTrigger operable = (OperableTrigger) trigger;
      operable.setJobKey(job.getKey());
      operable.computeFirstFireTime(null);
      return new Timer(job, operable);
    }
  }

  /**
   * In one transaction under the trigger lock: reads what the store expects now ({@code expected},
   * trigger names), and stores each timer whose job does not exist and whose trigger the store
   * still expects. Returns how many it stored.
   */
  int storeIfStillMissing(List<Timer> timers, Supplier<Set<String>> expected)
      throws JobPersistenceException {
    int stored =
        executeInNonManagedTXLock(
            LOCK_TRIGGER_ACCESS,
            conn -> {
              Set<String> stillExpected = expected.get();
              int count = 0;
              for (Timer timer : timers) {
                if (!stillExpected.contains(timer.trigger().getKey().getName())
                    || jobExists(conn, timer.job().getKey())) {
                  continue;
                }
                storeNew(conn, timer);
                count++;
              }
              return count;
            },
            null);
    if (stored > 0) {
      signalSchedulingChangeImmediately(0L);
    }
    return stored;
  }

  /**
   * A timer whose job the caller found missing, under the trigger lock: its job's and trigger's
   * rows inserted straight. Removing the job that is not there asked for its triggers and deleted
   * nothing, and Quartz's {@code storeJob} and {@code storeTrigger} each asked again whether it
   * exists, and whether its group or all groups are paused (aiir pauses none): a new timer took ten
   * statements, each with its SQL formatted anew, and takes four (the job's check included).
   */
  private void storeNew(Connection conn, Timer timer) throws JobPersistenceException {
    try {
      getDelegate().insertJobDetail(conn, timer.job());
      getDelegate().insertTrigger(conn, timer.trigger(), STATE_WAITING, timer.job());
    } catch (SQLException | IOException e) {
      throw new JobPersistenceException(
          "could not store timer " + timer.trigger().getKey().getName(), e);
    }
  }

  /** A command's change to one timer: the job, and the timer it holds from now on (none: none). */
  record Change(JobKey job, Optional<Timer> timer) {}

  /**
   * Commands' changes, in order, in one transaction under the trigger lock: a timer whose trigger
   * (named by its key and due time) is already held stays as it is, so that one being fired is
   * never stored again; any other change removes the job with whatever trigger it had, so a moved
   * timer never fires twice, then stores the new one. Another replica's change to the same timer is
   * either wholly before or wholly after this transaction.
   */
  void apply(List<Change> changes) throws JobPersistenceException {
    long soonest =
        executeInNonManagedTXLock(
            LOCK_TRIGGER_ACCESS,
            conn -> {
              long next = Long.MAX_VALUE;
              for (Change change : changes) {
                Optional<Timer> timer = change.timer();
                if (!jobExists(conn, change.job())) {
                  // No job, so no trigger either: nothing to keep or to remove.
                  if (timer.isPresent()) {
                    storeNew(conn, timer.get());
                    next = Math.min(next, timer.get().trigger().getNextFireTime().getTime());
                  }
                  continue;
                }
                if (timer.isPresent() && checkExists(conn, timer.get().trigger().getKey())) {
                  continue;
                }
                removeJob(conn, change.job());
                if (timer.isPresent()) {
                  storeJob(conn, timer.get().job(), false);
                  storeTrigger(
                      conn,
                      timer.get().trigger(),
                      timer.get().job(),
                      false,
                      STATE_WAITING,
                      false,
                      false);
                  next = Math.min(next, timer.get().trigger().getNextFireTime().getTime());
                }
              }
              return next;
            },
            null);
    if (soonest == Long.MAX_VALUE) {
      // The scheduler thread may hold a timer just removed.
      signalSchedulingChangeImmediately(0L);
    } else if (dueBeforeNextLook(soonest)) {
      // The scheduler thread may be sleeping until a later timer.
      signalSchedulingChangeImmediately(soonest);
    }
  }

  /**
   * Whether a timer due at {@code fireTime} could be missed until the scheduler thread next looks:
   * idle, it looks every {@link JobStoreSettings#IDLE_WAIT_MILLIS} for the timers due within that
   * time, and a signal makes it look at once, under the trigger lock. A storm's declarations each
   * schedule a status-update nudge minutes away; waking the thread for each batch of them took the
   * lock (on SQLite, the file's writer) as often as the batches did, for nothing to fire.
   */
  static boolean dueBeforeNextLook(long fireTime) {
    return fireTime <= System.currentTimeMillis() + JobStoreSettings.IDLE_WAIT_MILLIS;
  }
}
