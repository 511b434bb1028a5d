package dev.aiir.commands.gate;

import static dev.aiir.commands.gate.GateFixture.ACCURACY;
import static dev.aiir.commands.gate.GateFixture.ACCURACY_SENT;
import static dev.aiir.commands.gate.GateFixture.gate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GateEvidenceInThePirTest {
  private static String section(String pir, String heading) {
    int start = pir.indexOf("## " + heading + "\n");
    int end = pir.indexOf("\n## ", start + 3);
    return pir.substring(start, end < 0 ? pir.length() : end);
  }

  @Test
  void trafficRestorationShowsEachPhasesGateEvidenceUnderItAndTheTimelineLeavesItOut() {
    GateFixture f = new GateFixture(gate(false, false, ACCURACY));
    f.metrics.value(ACCURACY_SENT, 0.61);
    f.declareAndStart();
    f.bot.advance(Duration.ofMinutes(3));
    f.metrics.value(ACCURACY_SENT, 0.83);
    f.bot.advance(Duration.ofHours(2));
    f.bot.run("rollout promote dashboards clean");
    f.bot.advance(Duration.ofMinutes(30));

    String pir = f.bot.run("pir draft").plainText();

    assertThat(section(pir, "Traffic Restoration"))
        .isEqualTo(
            """
            ## Traffic Restoration
            - Canary at 2%: from 2026-03-12 14:00 UTC (@maya) to 2026-03-12 16:03 UTC, promoted\
             by @maya (exit criteria met): dashboards clean
              - 14:03 UTC: eval_accuracy{model="$model"} >= 0.8 breached: 0.61 after 3 failing\
             checks in a row
              - 14:04 UTC: eval_accuracy{model="$model"} >= 0.8 met: 0.83
            - Limited at 10%: from 2026-03-12 16:03 UTC (@maya), running for 30 minutes
            """);
    assertThat(section(pir, "Timeline")).doesNotContain("gate:");
  }

  @Test
  void anAutomaticPromotionShowsTheValuesItWasMadeOn() {
    GateFixture f = new GateFixture(gate(true, false, ACCURACY));
    f.metrics.value(ACCURACY_SENT, 0.83);
    f.declareAndStart();
    f.bot.advance(Duration.ofHours(2));

    String pir = f.bot.run("pir draft").plainText();

    assertThat(section(pir, "Traffic Restoration"))
        .contains(
            "- Canary at 2%: from 2026-03-12 14:00 UTC (@maya) to 2026-03-12 16:00 UTC, promoted"
                + " by @aiir (metrics) (exit criteria met): every metric criterion held"
                + " (eval_accuracy{model=\"$model\"} >= 0.8: 0.83)\n"
                + "  - 14:01 UTC: eval_accuracy{model=\"$model\"} >= 0.8 met: 0.83\n"
                + "- Limited at 10%: from 2026-03-12 16:00 UTC (@aiir (metrics)), running for");
  }
}
