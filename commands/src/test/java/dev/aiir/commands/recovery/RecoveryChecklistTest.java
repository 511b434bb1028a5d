package dev.aiir.commands.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.testing.BotFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecoveryChecklistTest {
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  @BeforeEach
  void declare() {
    fixture.run("declare drift");
  }

  @Test
  void theChecklistShowsTheFourStepsInOrder() {
    assertThat(fixture.run("recovery").plainText())
        .isEqualTo(
            "Recovery of AI-IR-2026-001\n"
                + "- [ ] Root cause identification (root-cause)\n"
                + "- [ ] Data remediation (data)\n"
                + "- [ ] Model retraining (retrain)\n"
                + "- [ ] Validation and testing (validate)\n"
                + "Tick a step with `/incident recovery done <step> [note]`.");
  }

  @Test
  void aTickedStepShowsWhoWhenAndTheNote() {
    fixture.run("recovery done retrain on the cleaned set");

    assertThat(fixture.run("recovery").plainText())
        .contains(
            "- [x] Model retraining (retrain) - @maya, 2026-03-12 14:40 UTC: on the cleaned set");
  }

  @Test
  void settingTheRootCauseTicksTheFirstStep() {
    fixture.run("rootcause poisoned samples");

    assertThat(fixture.run("recovery").plainText())
        .contains("- [x] Root cause identification (root-cause) - @maya");
  }
}
