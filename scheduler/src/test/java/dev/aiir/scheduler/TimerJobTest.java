package dev.aiir.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quartz.JobDataMap;
import org.quartz.Scheduler;

/** A timer's firing is of the due time it was scheduled for, a recovery's included. */
class TimerJobTest {
  private static final Instant NEXT = Instant.parse("2026-03-12T15:00:00Z");
  private static final Instant CRASHED = Instant.parse("2026-03-12T14:00:00Z");

  private static JobDataMap jobData() {
    JobDataMap data = new JobDataMap();
    data.put(TimerJob.KEY, "slack:T1/AI-IR-2026-001/rollout/canary/gate");
    data.put(TimerJob.DUE, String.valueOf(NEXT.toEpochMilli()));
    return data;
  }

  @Test
  void aFiringIsOfTheDueTimeItsTimerWasScheduledFor() {
    assertThat(TimerJob.due(false, jobData())).isEqualTo(NEXT);
  }

  @Test
  void aRecoveryIsOfTheTriggerThatWasFiringAtTheCrashNotOfTheJobsNewerTimer() {
    JobDataMap data = jobData();
    data.put(
        Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_NAME,
        "slack:T1/AI-IR-2026-001/rollout/canary/gate@" + CRASHED.toEpochMilli());

    assertThat(TimerJob.due(true, data)).isEqualTo(CRASHED);
  }

  @Test
  void aRecoveryOfATriggerNotNamedByItsDueTimeFallsBackToTheJobsDueTime() {
    JobDataMap data = jobData();
    data.put(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_NAME, "some-other-trigger");

    assertThat(TimerJob.due(true, data)).isEqualTo(NEXT);
  }
}
