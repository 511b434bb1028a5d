package dev.aiir.commands.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.testing.BotFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An incident closes when its PIR is completed and any rollout has reached its end. */
class ClosingTest {
  private static final String ID = "AI-IR-2026-001";
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  @BeforeEach
  void aResolvedIncidentStillRestoringTraffic() {
    fixture.run("declare Assistant gives degraded answers --sev 2");
    fixture.run("rollout start");
    fixture.run("resolve rolled back to v3.1");
  }

  private String lastEntry() {
    List<TimelineEntry> timeline = fixture.timeline(ID);
    return timeline.get(timeline.size() - 1).text();
  }

  @Test
  void pirDoneWhileARolloutRunsLeavesTheIncidentOpenUntilTheRolloutCompletes() {
    String reply = fixture.run("pir done https://wiki.example.com/pir/42").plainText();

    assertThat(reply)
        .isEqualTo(
            "AI-IR-2026-001: PIR completed (https://wiki.example.com/pir/42). The incident closes"
                + " when the traffic restoration is complete (now at Canary).");
    assertThat(fixture.incident(ID).state()).isEqualTo(IncidentState.RESOLVED);

    for (int i = 0; i < 4; i++) {
      fixture.run("rollout promote --force drill");
    }

    assertThat(fixture.incident(ID).state()).isEqualTo(IncidentState.CLOSED);
    assertThat(lastEntry())
        .isEqualTo("Incident closed: the PIR and the traffic restoration are complete");
  }

  @Test
  void theFinalPhasesTimerClosesAnIncidentWhosePirIsDone() {
    for (int i = 0; i < 3; i++) {
      fixture.run("rollout promote --force drill");
    }
    fixture.run("pir done https://wiki.example.com/pir/42");

    fixture.advance(Duration.ofHours(72));

    assertThat(fixture.incident(ID).state()).isEqualTo(IncidentState.CLOSED);
    assertThat(fixture.chat.posts().get(0).text())
        .endsWith(
            "Traffic restoration is complete. Its PIR is done too, so the incident is closed.");
  }

  @Test
  void aHaltedRolloutDoesNotHoldTheIncidentOpen() {
    fixture.run("rollout halt not needed: v3.1 serves everyone");

    fixture.run("pir done https://wiki.example.com/pir/42");

    assertThat(fixture.incident(ID).state()).isEqualTo(IncidentState.CLOSED);
  }
}
