package dev.aiir.scheduler;

import java.util.Properties;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;

/**
 * Quartz's settings for each database the timers run on: SQLite (one process) as measured in the
 * notes on Quartz on SQLite, and PostgreSQL clustered across replicas, each timer fired by one.
 */
final class JobStoreSettings {
  static final int THREADS = 4;

  /**
   * How often an idle scheduler thread looks for timers due within that time: triggers another
   * process scheduled are seen within a second (Quartz's default: 30 s).
   */
  static final long IDLE_WAIT_MILLIS = 1000;

  /** Every row's key: the same on every run and every replica, or they would not share timers. */
  private static final String SCHEDULER_NAME = "aiir";

  private JobStoreSettings() {}

  /** Whether the timers of {@code jdbcUrl} run clustered (PostgreSQL) or in one process. */
  static boolean isClustered(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return true;
    }
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return false;
    }
    throw new IllegalArgumentException("timers run on SQLite or PostgreSQL");
  }

  static Properties sqlite(String dataSource) {
    Properties p = common(dataSource);
    p.setProperty("org.quartz.jobStore.driverDelegateClass", SqliteDelegate.class.getName());
    p.setProperty("org.quartz.jobStore.lockHandler.class", SqliteLockHandler.class.getName());
    // Without these two, triggers fire seconds late on SQLite and misfires fail with BUSY.
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    p.setProperty("org.quartz.jobStore.doubleCheckLockMisfireHandler", "false");
    return p;
  }

  /**
   * Clustered: the replicas take turns through row locks in {@code QRTZ_LOCKS}, each checks in
   * every two seconds, and one that stops checking in (about ten seconds: the interval plus
   * Quartz's 7.5 s grace) has its running timers recovered by another.
   */
  static Properties clustered(String dataSource) {
    Properties p = common(dataSource);
    p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
    p.setProperty(
        "org.quartz.scheduler.instanceIdGenerator.class", ReplicaInstanceIds.class.getName());
    p.setProperty("org.quartz.jobStore.driverDelegateClass", PostgreSQLDelegate.class.getName());
    p.setProperty("org.quartz.jobStore.isClustered", "true");
    p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "2000");
    // Triggers are acquired in batches, which is safe only under the lock.
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    return p;
  }

  private static Properties common(String dataSource) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(THREADS));
    p.setProperty("org.quartz.threadPool.threadNamePrefix", "aiir-timer");
    p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", String.valueOf(THREADS));
    p.setProperty("org.quartz.scheduler.idleWaitTime", String.valueOf(IDLE_WAIT_MILLIS));
    p.setProperty("org.quartz.jobStore.class", TimerJobStore.class.getName());
    p.setProperty("org.quartz.jobStore.dataSource", dataSource);
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    return p;
  }
}
