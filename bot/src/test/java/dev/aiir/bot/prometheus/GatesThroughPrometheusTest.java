package dev.aiir.bot.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.config.PrometheusSettings;
import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.CriterionText;
import dev.aiir.commands.model.ManagerDirectory;
import dev.aiir.commands.model.Managers;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseEnd;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.RecordingChat.Sent;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rollout gates end to end: the core's timers, the real Prometheus client and a local
 * Prometheus speaking the wire JSON. Canary's criterion is checked every 10 minutes.
 */
class GatesThroughPrometheusTest {
  private static final String ID = "AI-IR-2026-001";
  private static final String SENT = "eval_accuracy{model=\"assistant\",version=\"v3.2\"}";
  private final FakePrometheus prometheus = new FakePrometheus();

  GatesThroughPrometheusTest() throws Exception {}

  @AfterEach
  void stop() {
    prometheus.close();
  }

  private BotFixture bot(boolean autoPromote, boolean autoHalt) {
    PhaseGate gate =
        new PhaseGate(
            List.of(
                CriterionText.parse(
                        "eval_accuracy{model=\"$model\",version=\"$version\"} >= 0.80",
                        null,
                        "10m",
                        "2")
                    .criterion()),
            autoPromote,
            autoHalt);
    List<Phase> phases = new ArrayList<>(RolloutPlan.defaults().phases());
    phases.set(0, phases.get(0).withGate(gate));
    CoreSettings settings =
        CoreSettings.defaults()
            .withRolloutPlan(new RolloutPlan(phases))
            .withManagers(
                new ManagerDirectory(
                    Managers.none(),
                    Map.of(BotFixture.TENANT, new Managers(Optional.of("CMGR"), List.of()))));
    PrometheusClient client =
        new PrometheusClient(
            new PrometheusSettings(
                URI.create(prometheus.url()),
                Optional.of("prom-secret"),
                Optional.empty(),
                Duration.ofSeconds(2)),
            UnaryOperator.identity());
    BotFixture bot = new BotFixture("2026-03-12T14:00:00Z", settings, client);
    bot.run("declare Assistant gives degraded answers --sev 2 --model assistant@v3.2");
    bot.run("rollout start --traffic 2%");
    return bot;
  }

  private static List<String> posts(BotFixture bot, String to) {
    return bot.chat.posts().stream().filter(s -> s.to().equals(to)).map(Sent::text).toList();
  }

  private static Message titled(BotFixture bot, String start) {
    return bot.chat.messages().stream()
        .filter(m -> m.title().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no message titled " + start));
  }

  private static PhaseRun canary(BotFixture bot) {
    return bot.rollout(ID).orElseThrow().runs().get(0);
  }

  @Test
  void criteriaThatHoldOnTheWireSayReadyToPromoteWithTheValueAndAPromoteButton() {
    prometheus.series(SENT, "0.83", "__name__=eval_accuracy", "model=assistant");
    BotFixture bot = bot(false, false);

    bot.advance(Duration.ofHours(2));

    assertThat(titled(bot, ID + ": Canary is ready to promote").plainText())
        .contains("- eval_accuracy{model=\"$model\",version=\"$version\"} >= 0.8: 0.83, held")
        .contains("Promote: `/incident rollout promote --id AI-IR-2026-001`");
    assertThat(titled(bot, ID + ": Canary is ready").choices())
        .extracting(Choice::label)
        .containsExactly("Promote", "Status");
    assertThat(prometheus.requests())
        .hasSize(12)
        .allSatisfy(
            r -> {
              assertThat(r.query()).isEqualTo(SENT);
              assertThat(r.authorization()).isEqualTo("Bearer prom-secret");
            });
    assertThat(prometheus.requests().get(0).time()).isEqualTo("1773324600.000");
  }

  @Test
  void withAutoTheBotPromotesOnTheWiresValuesAsAiirMetrics() {
    prometheus.series(SENT, "0.83");
    BotFixture bot = bot(true, false);

    bot.advance(Duration.ofHours(2));

    assertThat(canary(bot).ending()).isEqualTo(PhaseEnd.PROMOTED);
    assertThat(canary(bot).endedBy().displayName()).isEqualTo("aiir (metrics)");
    assertThat(bot.rollout(ID).orElseThrow().current().phaseName()).isEqualTo("Limited");
  }

  @Test
  void aBreachOnTheWireHaltsWhenTheBotMayAndSaysTheValueAndThreshold() {
    prometheus.answer(
        SENT,
        200,
        FakePrometheus.success(
            "vector",
            "["
                + FakePrometheus.sample("0.91", "region=eu")
                + ","
                + FakePrometheus.sample("0.61", "region=us")
                + "]"));
    BotFixture bot = bot(false, true);

    bot.advance(Duration.ofMinutes(20));

    assertThat(canary(bot).ending()).isEqualTo(PhaseEnd.HALTED);
    assertThat(canary(bot).note())
        .isEqualTo(
            "metric criterion eval_accuracy{model=\"$model\",version=\"$version\"} >= 0.8"
                + " breached: 0.61 {region=\"us\"} after 2 failing checks in a row");
    assertThat(posts(bot, "CMGR")).hasSize(1);
    assertThat(bot.scheduled()).isEmpty();
  }

  @Test
  void aBreachWithoutAutoHaltCarriesAHaltButton() {
    prometheus.series(SENT, "0.61");
    BotFixture bot = bot(false, false);

    bot.advance(Duration.ofMinutes(20));

    assertThat(titled(bot, ID + ": Canary breached a metric criterion").choices())
        .extracting(Choice::label)
        .containsExactly("Halt", "Status");
    assertThat(canary(bot).isRunning()).isTrue();
  }

  @Test
  void noDataOnTheWireCouldNotEvaluateIsSaidOnceAndTheBotNeverPromotes() {
    BotFixture bot = bot(true, true);

    bot.advance(Duration.ofHours(3));

    assertThat(posts(bot, "C1"))
        .filteredOn(t -> t.contains("Could not evaluate"))
        .singleElement()
        .asString()
        .contains("no data (the query returned no series)");
    assertThat(canary(bot).isRunning()).isTrue();
    assertThat(prometheus.requests()).hasSize(18);
  }

  @Test
  void prometheusDownIsCouldNotEvaluateWithItsAddressAndTheBotNeverPromotes() {
    BotFixture bot = bot(true, true);
    String address = prometheus.url().substring("http://".length());
    prometheus.close();

    bot.advance(Duration.ofHours(3));

    assertThat(posts(bot, "C1"))
        .filteredOn(t -> t.contains("Could not evaluate"))
        .singleElement()
        .asString()
        .contains("Prometheus could not be reached at " + address)
        .doesNotContain("prom-secret");
    assertThat(canary(bot).isRunning()).isTrue();
    assertThat(bot.rollout(ID).orElseThrow().runs()).hasSize(1);
  }
}
