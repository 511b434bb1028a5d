package dev.aiir.scheduler;

import dev.aiir.commands.TimerFired;
import dev.aiir.commands.port.TimerKey;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A timer's Quartz job, kept thin: it reads the timer's key and due time and calls the core's
 * {@link TimerFired}. A failure is logged, never thrown: the store still says the timer is due, so
 * the next reconciliation schedules it again.
 */
final class TimerJob implements Job {
  static final String KEY = "key";
  static final String DUE = "due";
  private static final Logger LOG = LoggerFactory.getLogger(TimerJob.class);

  private final TimerFired fired;
  private final Runnable afterQueueing;
  private final LongAdder firings;

  TimerJob(TimerFired fired, Runnable afterQueueing, LongAdder firings) {
    this.fired = fired;
    this.afterQueueing = afterQueueing;
    this.firings = firings;
  }

  @Override
  public void execute(JobExecutionContext context) {
    JobDataMap data = context.getMergedJobDataMap();
    String key = data.getString(KEY);
    firings.increment();
    try {
      Instant due = due(context.isRecovering(), data);
      if (fired.fire(TimerKey.parse(key), due) > 0) {
        afterQueueing.run();
      }
    } catch (RuntimeException e) {
      LOG.error("timer {} failed; reconciliation will schedule it again", key, e);
    }
  }

  /**
   * The due time of this firing. A recovery (Quartz re-running a job that was running when its
   * process died) is of the trigger that was firing then, whose name holds its due time: the job's
   * own data may already be the next timer's, stored under the same key by the handler before the
   * crash, and taking it would run that next timer now and again when it falls due.
   */
  static Instant due(boolean recovering, JobDataMap data) {
    if (recovering) {
      String original = data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_NAME);
      if (original != null && original.lastIndexOf('@') >= 0) {
        long due = QuartzTimers.dueOfName(original);
        if (due != Long.MAX_VALUE) {
          return Instant.ofEpochMilli(due);
        }
      }
    }
    return Instant.ofEpochMilli(Long.parseLong(data.getString(DUE)));
  }
}
