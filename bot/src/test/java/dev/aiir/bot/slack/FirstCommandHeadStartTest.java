package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.app.WarmUpPlan;
import dev.aiir.commands.port.Reconciliation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a restart, the first command is answered before the timers' reconciliation takes the CPU:
 * the reconciliation begins once a command is acknowledged, or after the head start when none
 * comes.
 */
class FirstCommandHeadStartTest {
  @TempDir Path dir;

  @Test
  void theTimersReconciliationBeginsOnceTheFirstCommandIsAcknowledged() throws Exception {
    try (SlackHarness bot =
        new SlackHarness(dir, Map.of(), new FakeSlack(), WarmUpPlan.NONE, Duration.ofHours(1))) {
      assertThat(bot.server.reconciled()).as("no command yet, an hour's head start").isNotDone();

      SlackHarness.Ack ack = bot.command("U1", "C1", "declare Latency spike --sev 2");

      assertThat(ack.status()).isEqualTo(200);
      Reconciliation reconciled = bot.server.reconciled().get(30, TimeUnit.SECONDS);
      assertThat(reconciled.expected()).as("the declared incident's status-update timer").isOne();
    }
  }

  @Test
  void withoutACommandTheReconciliationBeginsOnceTheHeadStartIsOver() throws Exception {
    try (SlackHarness bot =
        new SlackHarness(dir, Map.of(), new FakeSlack(), WarmUpPlan.NONE, Duration.ofMillis(200))) {
      Reconciliation reconciled = bot.server.reconciled().get(30, TimeUnit.SECONDS);

      assertThat(reconciled.expected()).isZero();
      assertThat(bot.tenants()).isEmpty();
    }
  }
}
