package dev.aiir.scheduler;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.quartz.JobDetail;
import org.quartz.JobPersistenceException;
import org.quartz.SchedulerConfigException;
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
 * scheduled again.
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

  /** A job and its one trigger, the trigger's first firing computed. */
  record Timer(JobDetail job, OperableTrigger trigger) {}

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
                storeJob(conn, timer.job(), false);
                storeTrigger(
                    conn, timer.trigger(), timer.job(), false, STATE_WAITING, false, false);
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
}
