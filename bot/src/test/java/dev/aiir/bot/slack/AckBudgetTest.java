package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import dev.aiir.bot.slack.AckBudget.Outcome;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What Slack is answered with depends on the budget: in time, the acknowledgement carries the
 * answer and nothing follows; late or slow, the answer follows exactly once. The follow-up is
 * mocked (a narrow seam); Slack's round trips are the fake Slack's tests.
 */
class AckBudgetTest {
  private final ExecutorService commands = Executors.newSingleThreadExecutor();
  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private final AckBudget budget = new AckBudget(commands, background, Duration.ofMillis(100));

  @SuppressWarnings("unchecked")
  private final BiConsumer<String, Throwable> later = mock(BiConsumer.class);

  @AfterEach
  void stop() {
    commands.shutdownNow();
    background.shutdownNow();
  }

  @Test
  void workDoneInTimeIsTheAcknowledgementAndNothingFollows() {
    Outcome<String> outcome = budget.run("a test", "later", false, () -> "quick", later);

    assertThat(outcome).isEqualTo(new Outcome.InTime<>("quick"));
    verify(later, after(300).never()).accept(any(), any());
  }

  @Test
  void lateWorkIsAnsweredOnceWhenItIsDone() {
    Outcome<String> outcome = budget.run("a test", "later", false, () -> pause(400, "slow"), later);

    assertThat(outcome).isEqualTo(new Outcome.Later<String>());
    verify(later, timeout(5000).times(1)).accept(eq("slow"), isNull());
    verify(later, after(200).times(1)).accept(any(), any());
  }

  @Test
  void slowWorkIsNeverWaitedForAndIsAnsweredOnce() {
    Outcome<String> outcome = budget.run("a test", "later", true, () -> "drafted", later);

    assertThat(outcome).isEqualTo(new Outcome.Later<String>());
    verify(later, timeout(5000).times(1)).accept(eq("drafted"), isNull());
  }

  private static <T> T pause(long millis, T value) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return value;
  }
}
