package dev.aiir.scheduler;

import dev.aiir.commands.TimerFired;
import dev.aiir.commands.port.TimerKey;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
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
      Instant due = Instant.ofEpochMilli(Long.parseLong(data.getString(DUE)));
      if (fired.fire(TimerKey.parse(key), due) > 0) {
        afterQueueing.run();
      }
    } catch (RuntimeException e) {
      LOG.error("timer {} failed; reconciliation will schedule it again", key, e);
    }
  }
}
