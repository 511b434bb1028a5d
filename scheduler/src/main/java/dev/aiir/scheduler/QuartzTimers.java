package dev.aiir.scheduler;

import dev.aiir.commands.TimerFired;
import dev.aiir.commands.port.Reconciliation;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.port.Timers;
import dev.aiir.commands.runtime.ScaledClock;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's timers on Quartz's JDBC job store, in the store's own database: a SQLite file, or
 * PostgreSQL shared by replicas whose schedulers form a cluster, so that each timer fires on one of
 * them and a dead replica's timers fire on another. Each timer is a job named by its key with one
 * trigger named by its key and due time, so scheduling the same timer again is a no-op, moving it
 * replaces its trigger, and reconciliation compares names only. Instants from the core are mapped
 * to real time through the (drill) clock.
 */
public final class QuartzTimers implements Timers, AutoCloseable {
  static final String GROUP = "aiir";
  private static final Logger LOG = LoggerFactory.getLogger(QuartzTimers.class);
  private static final AtomicInteger DATA_SOURCES = new AtomicInteger();

  private final Scheduler scheduler;
  private final TimerJobStore store;
  private final ScaledClock clock;
  private final LongAdder firings = new LongAdder();

  private final TimerWrites writes;
  private final HikariConnections connections;
  private volatile Runnable reconciliationUpkeep = () -> {};

  private QuartzTimers(
      Scheduler scheduler, TimerJobStore store, ScaledClock clock, HikariConnections connections) {
    this.scheduler = scheduler;
    this.store = store;
    this.clock = clock;
    this.connections = connections;
    // Under this object's lock, a batch of commands' changes and one of reconciliation's never
    // interleave.
    this.writes =
        new TimerWrites(
            changes -> {
              synchronized (this) {
                store.apply(changes);
              }
            },
            "aiir-timer-writes");
  }

  /**
   * Opens the job store on {@code jdbcUrl} (whose tables the store's migrations created), in
   * standby: timers can be scheduled, none fires until {@link #start}. Only the process that owns
   * the file's timers ({@link TimerOwnership}) starts it.
   */
  public static QuartzTimers open(String jdbcUrl, ScaledClock clock) {
    return open(jdbcUrl, clock, Optional.empty());
  }

  /**
   * The same, Quartz's writes to a SQLite file queued with the store's ({@code writerQueue}, see
   * the store's {@code Database.writerQueue}).
   */
  public static QuartzTimers open(
      String jdbcUrl, ScaledClock clock, Optional<ReentrantLock> writerQueue) {
    boolean clustered = JobStoreSettings.isClustered(jdbcUrl);
    String dataSource = "aiir-timers-" + DATA_SOURCES.incrementAndGet();
    HikariConnections connections = new HikariConnections(jdbcUrl, JobStoreSettings.THREADS + 2);
    DBConnectionManager.getInstance().addConnectionProvider(dataSource, connections);
    Properties properties =
        clustered ? JobStoreSettings.clustered(dataSource) : JobStoreSettings.sqlite(dataSource);
    try {
      Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
      // Quartz keeps one scheduler per name in the JVM and would hand this one out again; each
      // QuartzTimers is its own (tests run two replicas in one JVM), so it is not kept there.
      SchedulerRepository.getInstance().remove(scheduler.getSchedulerName());
      TimerJobStore store = TimerJobStore.claim(dataSource);
      writerQueue.ifPresent(store::queueWritesWith);
      return new QuartzTimers(scheduler, store, clock, connections);
    } catch (SchedulerException e) {
      throw new IllegalStateException("the timer store could not be opened", e);
    }
  }

  /**
   * Runs {@code upkeep} (the store's planner statistics, see {@code
   * Database.refreshStaleStatistics}) before each reconciliation reads and after every {@value
   * BulkReconciliation#UPKEEP_EVERY} timers it writes.
   */
  public void keepUpDuringReconciliation(Runnable upkeep) {
    this.reconciliationUpkeep = upkeep;
  }

  /** Starts firing: each due timer calls {@code fired}, then {@code afterQueueing} if it queued. */
  public void start(TimerFired fired, Runnable afterQueueing) {
    try {
      scheduler.setJobFactory((bundle, s) -> new TimerJob(fired, afterQueueing, firings));
      scheduler.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException("the timers could not start", e);
    }
  }

  /**
   * Written with the other commands' changes of the moment in one transaction (see {@link
   * TimerWrites}), and committed when this returns.
   */
  @Override
  public void schedule(TimerKey key, Instant at) {
    Trigger trigger = trigger(key, at);
    JobDetail job = job(key, trigger);
    writes.apply(
        new TimerJobStore.Change(job.getKey(), Optional.of(TimerJobStore.Timer.of(job, trigger))));
  }

  @Override
  public void cancel(TimerKey key) {
    writes.apply(new TimerJobStore.Change(jobKey(key), Optional.empty()));
  }

  /**
   * In bulk: one read of the scheduled triggers' names, then of what the store expects, and only
   * the difference written, a batch per transaction (see {@link BulkReconciliation}).
   */
  @Override
  public Reconciliation reconcile(Supplier<? extends Collection<ScheduledTimer>> expected) {
    try {
      return new BulkReconciliation(this, scheduler, store, Clock.systemUTC(), reconciliationUpkeep)
          .run(expected);
    } catch (SchedulerException e) {
      throw new IllegalStateException("timers could not be reconciled", e);
    }
  }

  /**
   * Has the scheduler's pool keep all its connections from now on: for when start-up is over (on
   * PostgreSQL it opened with two, as the store's did).
   */
  public void fillPool() {
    connections.fill();
  }

  /** How many connections the scheduler's pool keeps open while idle: for tests. */
  int connectionsKept() {
    return connections.connectionsKept();
  }

  /** How many timers this process has fired since it started: for {@code /metrics}. */
  public long firings() {
    return firings.sum();
  }

  /**
   * {@code running}, {@code standby} (opened, not started: another process runs a SQLite file's
   * timers) or {@code stopped}: for {@code /healthz}.
   */
  public String state() {
    try {
      if (scheduler.isShutdown()) {
        return "stopped";
      }
      return scheduler.isInStandbyMode() ? "standby" : "running";
    } catch (SchedulerException e) {
      return "stopped";
    }
  }

  /** How many timers are scheduled (on every replica): for the benchmark, tests and metrics. */
  public int pending() {
    try {
      return scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP)).size();
    } catch (SchedulerException e) {
      throw new IllegalStateException("timers could not be counted", e);
    }
  }

  JobDetail job(TimerKey key, Trigger trigger) {
    return JobBuilder.newJob(TimerJob.class)
        .withIdentity(jobKey(key))
        .requestRecovery(true)
        .usingJobData(TimerJob.KEY, key.value())
        .usingJobData(TimerJob.DUE, trigger.getJobDataMap().getString(TimerJob.DUE))
        .build();
  }

  /**
   * The trigger fires at the real instant the (drill) clock reads {@code at}, rounded up to the
   * millisecond so it is never early. Its name ({@link #name}) holds the due time.
   */
  Trigger trigger(TimerKey key, Instant at) {
    Instant real = ceilMillis(clock.toReal(at));
    return TriggerBuilder.newTrigger()
        .withIdentity(name(key, at, real), GROUP)
        .startAt(Date.from(real))
        .usingJobData(TimerJob.DUE, String.valueOf(at.toEpochMilli()))
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
  }

  /**
   * The trigger's name: the key, {@code @} and the due time, and the real time when a drill maps
   * it, so that a drill at another speed reschedules every timer. Reconciliation compares names
   * only.
   */
  String name(TimerKey key, Instant at) {
    return name(key, at, ceilMillis(clock.toReal(at)));
  }

  private static String name(TimerKey key, Instant at, Instant real) {
    long due = at.toEpochMilli();
    return key.value() + "@" + due + (real.toEpochMilli() == due ? "" : "/" + real.toEpochMilli());
  }

  /** The key of a trigger's name (the whole name of a trigger not named this way). */
  static String keyOfName(String name) {
    int at = name.lastIndexOf('@');
    return at < 0 ? name : name.substring(0, at);
  }

  /**
   * The due time (in the core's clock, epoch milliseconds) of a trigger's name; the latest time
   * there is for a name that holds none.
   */
  static long dueOfName(String name) {
    String due = name.substring(name.lastIndexOf('@') + 1);
    int real = due.indexOf('/');
    try {
      return Long.parseLong(real < 0 ? due : due.substring(0, real));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static Instant ceilMillis(Instant instant) {
    Instant floor = instant.truncatedTo(ChronoUnit.MILLIS);
    return floor.equals(instant) ? floor : floor.plusMillis(1);
  }

  static JobKey jobKey(TimerKey key) {
    return new JobKey(key.value(), GROUP);
  }

  /** Stops firing, letting running timers finish, and closes Quartz's connections. */
  @Override
  public void close() {
    writes.close();
    try {
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      LOG.warn("the timers did not shut down cleanly", e);
    }
  }
}
