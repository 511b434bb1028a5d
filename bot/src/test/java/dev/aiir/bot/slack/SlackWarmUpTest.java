package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.app.WarmUpPlan;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackWarmUpTest {
  @TempDir Path dir;

  @Test
  void theWarmUpAnswersEveryCommandWithoutWritingToTheStoreOrCallingSlack() throws Exception {
    try (SlackHarness bot = new SlackHarness(dir, Map.of(), new FakeSlack(), new WarmUpPlan(30))) {
      SlackWarmUp.Report report = bot.server.warmedUp().get(60, TimeUnit.SECONDS);

      assertThat(report).isEqualTo(new SlackWarmUp.Report(31, 31));
      assertThat(bot.tenants()).isEmpty();
      assertThat(bot.slack.calls()).extracting(FakeSlack.Call::method).containsOnly("auth.test");
      assertThat(bot.slack.responses()).isEmpty();
    }
  }

  @Test
  void everyHundredthCommandDeclaresAFreshIncidentSoNoTimelineGrowsPastARealOnes() {
    assertThat(SlackWarmUp.line("AI-IR-2026-001", 98)).startsWith("log --id AI-IR-2026-001 ");
    assertThat(SlackWarmUp.line("AI-IR-2026-001", 99)).isEqualTo("declare Warm-up --sev 4");
    assertThat(
            IntStream.range(0, 1_000)
                .filter(n -> SlackWarmUp.line("AI-IR-2026-001", n).startsWith("declare"))
                .count())
        .isEqualTo(10);
  }

  @Test
  void commandsAfterTheWarmUpAreTheBotsOwn() throws Exception {
    try (SlackHarness bot = new SlackHarness(dir, Map.of(), new FakeSlack(), new WarmUpPlan(10))) {
      bot.server.warmedUp().get(60, TimeUnit.SECONDS);

      SlackHarness.Ack declared = bot.command("U1", "C1", "declare Checkout down --sev 2");

      assertThat(declared.status()).isEqualTo(200);
      assertThat(bot.tenants()).extracting(t -> t.workspaceId()).containsExactly(FakeSlack.TEAM);
    }
  }

  @Test
  void withoutAWarmUpThereIsNothingToWaitFor() throws Exception {
    try (SlackHarness bot = new SlackHarness(dir, Map.of())) {
      assertThat(bot.server.warmedUp()).isCompletedWithValue(new SlackWarmUp.Report(0, 0));
    }
  }
}
