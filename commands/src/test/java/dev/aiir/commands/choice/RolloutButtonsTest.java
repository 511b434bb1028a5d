package dev.aiir.commands.choice;

import static dev.aiir.commands.choice.Buttons.idOf;
import static dev.aiir.commands.testing.BotFixture.LEE;
import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.model.TrafficRange;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.StoreSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RolloutButtonsTest {
  private static final String ID = "AI-IR-2026-001";
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  private static CommandContext as(UserRef user) {
    return BotFixture.context(user);
  }

  /** Declared and started by Sam, who is its commander; then the canary's minimum soak passes. */
  private Message minimumReminder() {
    fixture.as(SAM, "declare Assistant gives degraded answers --sev 2");
    fixture.as(SAM, "rollout start --traffic 3%");
    fixture.advance(Duration.ofHours(2));
    return last();
  }

  private Message last() {
    List<Message> messages = fixture.chat.messages();
    return messages.get(messages.size() - 1);
  }

  private String phase() {
    return fixture.rollout(ID).orElseThrow().current().phaseName();
  }

  @Test
  void theMinimumSoakReminderOffersPromoteHaltAndStatus() {
    Message reminder = minimumReminder();

    assertThat(reminder.choices())
        .extracting(Choice::label, Choice::style)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Promote", Choice.Style.PRIMARY),
            org.assertj.core.groups.Tuple.tuple("Halt", Choice.Style.DANGER),
            org.assertj.core.groups.Tuple.tuple("Status", Choice.Style.PLAIN));
    assertThat(reminder.choices()).allSatisfy(c -> assertThat(c.id()).startsWith("aiir:"));
    assertThat(reminder.choices()).allSatisfy(c -> assertThat(c.id().length()).isLessThan(101));
  }

  @Test
  void theMaximumReminderOffersTheSameButtonsAndTheStableNoticeNone() {
    minimumReminder();
    fixture.advance(Duration.ofHours(2));
    assertThat(last().title()).contains("maximum reached");
    assertThat(last().choices()).extracting(Choice::label).contains("Promote", "Halt");
  }

  @Test
  void pressingPromoteAsksToConfirmThePhasesExitCriteria() {
    String promote = idOf(minimumReminder(), "Promote");

    ChoiceStep step = fixture.bot.press(as(SAM), promote);

    assertThat(step).isInstanceOf(ChoiceStep.Ask.class);
    Form form = ((ChoiceStep.Ask) step).form();
    assertThat(form.id()).isEqualTo(promote);
    assertThat(form.title().length()).isLessThanOrEqualTo(24);
    assertThat(form.description())
        .contains("Exit criteria: No anomalies in monitoring dashboards")
        .anySatisfy(line -> assertThat(line).contains("from Canary to"));
    assertThat(phase()).isEqualTo("Canary");
  }

  @Test
  void confirmingPromoteMovesOnRecordsTheRemarkAndSaysWhoPressedIt() {
    String promote = idOf(minimumReminder(), "Promote");

    Pressed pressed = fixture.bot.submit(as(SAM), promote, Map.of("remark", "dashboards clean"));

    assertThat(pressed.reply().refused()).isFalse();
    assertThat(pressed.reply().isPrivate()).isFalse();
    assertThat(pressed.record()).contains("Promoted by @sam at 16:40 UTC.");
    assertThat(pressed.settles()).isTrue();
    assertThat(phase()).isNotEqualTo("Canary");
    assertThat(fixture.timeline(ID).get(fixture.timeline(ID).size() - 1).text())
        .contains("@sam")
        .contains("dashboards clean");
  }

  @Test
  void promotePressedBySomeoneWhoMayNotIsRefusedPrivatelyBeforeAnyForm() {
    String promote = idOf(minimumReminder(), "Promote");
    StoreSnapshot before = fixture.snapshot();

    ChoiceStep step = fixture.bot.press(as(LEE), promote);
    Pressed submitted = fixture.bot.submit(as(LEE), promote, Map.of());

    assertThat(step).isInstanceOf(ChoiceStep.Answer.class);
    Pressed pressed = ((ChoiceStep.Answer) step).pressed();
    assertThat(pressed.reply().refused()).isTrue();
    assertThat(pressed.reply().isPrivate()).isTrue();
    assertThat(pressed.reply().plainText()).contains("commander");
    assertThat(pressed.record()).isEmpty();
    assertThat(submitted.reply().refused()).isTrue();
    assertThat(submitted.record()).isEmpty();
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @Test
  void anIncidentAdminMayPromoteFromTheButton() {
    String promote = idOf(minimumReminder(), "Promote");

    Pressed pressed = fixture.bot.submit(as(MAYA), promote, Map.of());

    assertThat(pressed.reply().refused()).isFalse();
    assertThat(pressed.record()).contains("Promoted by @maya at 16:40 UTC.");
  }

  @Test
  void promoteFromAnOutdatedReminderSaysSoAndChangesNothing() {
    String promote = idOf(minimumReminder(), "Promote");
    fixture.bot.submit(as(SAM), promote, Map.of());
    String phaseAfterFirst = phase();
    StoreSnapshot before = fixture.snapshot();

    ChoiceStep again = fixture.bot.press(as(SAM), promote);
    Pressed resubmitted = fixture.bot.submit(as(SAM), promote, Map.of());

    assertThat(((ChoiceStep.Answer) again).pressed().reply().plainText())
        .contains("out of date")
        .contains("moved on to " + phaseAfterFirst);
    assertThat(resubmitted.reply().refused()).isTrue();
    assertThat(resubmitted.reply().isPrivate()).isTrue();
    assertThat(resubmitted.record()).isEmpty();
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @Test
  void haltAsksForAReasonAndRefusesABlankOneWithoutChangingAnything() {
    String halt = idOf(minimumReminder(), "Halt");
    StoreSnapshot before = fixture.snapshot();

    Form form = ((ChoiceStep.Ask) fixture.bot.press(as(SAM), halt)).form();
    Pressed blank = fixture.bot.submit(as(SAM), halt, Map.of("reason", "   "));

    assertThat(form.fields()).extracting(f -> f.key()).containsExactly("reason");
    assertThat(form.fields().get(0).required()).isTrue();
    assertThat(blank.reply().refused()).isTrue();
    assertThat(blank.fieldErrors()).containsKey("reason");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @Test
  void haltWithAReasonStopsTheRolloutAndAnOldPromoteThenChangesNothing() {
    Message reminder = minimumReminder();

    Pressed halted =
        fixture.bot.submit(as(SAM), idOf(reminder, "Halt"), Map.of("reason", "error rate up"));
    StoreSnapshot afterHalt = fixture.snapshot();
    Pressed promote = fixture.bot.submit(as(SAM), idOf(reminder, "Promote"), Map.of());

    assertThat(halted.record()).contains("Halted by @sam at 16:40 UTC.");
    assertThat(fixture.rollout(ID).orElseThrow().current().isRunning()).isFalse();
    assertThat(promote.reply().refused()).isTrue();
    assertThat(promote.reply().plainText()).contains("out of date").contains("halted");
    assertThat(fixture.snapshot()).isEqualTo(afterHalt);
  }

  @Test
  void promoteOfAPhaseTheConfiguredPlanNoLongerHasIsRefusedBeforeAnyForm() {
    String promote = idOf(minimumReminder(), "Promote");
    RolloutPlan replanned =
        new RolloutPlan(
            List.of(
                new Phase(
                    "Full",
                    new TrafficRange(100, 100),
                    Duration.ofHours(1),
                    Duration.ofHours(1),
                    "No diffs against production")));
    BotFixture afterRestart =
        new BotFixture(
            "2026-03-12T16:40:00Z",
            fixture.store,
            CoreSettings.defaults().withRolloutPlan(replanned));
    StoreSnapshot before = afterRestart.snapshot();

    ChoiceStep step = afterRestart.bot.press(BotFixture.context(SAM), promote);

    Pressed pressed = ((ChoiceStep.Answer) step).pressed();
    assertThat(pressed.reply().refused()).isTrue();
    assertThat(pressed.reply().plainText()).contains("which the configured plan no longer has");
    assertThat(afterRestart.snapshot()).isEqualTo(before);
  }

  @Test
  void statusOnlyReadsSoTheMessageKeepsItsButtonsAndGetsNoRecord() {
    String status = idOf(minimumReminder(), "Status");
    StoreSnapshot before = fixture.snapshot();

    Pressed pressed = ((ChoiceStep.Answer) fixture.bot.press(as(LEE), status)).pressed();

    assertThat(pressed.reply().refused()).isFalse();
    assertThat(pressed.reply().plainText()).contains("Canary");
    assertThat(pressed.record()).isEmpty();
    assertThat(pressed.settles()).isFalse();
    assertThat(fixture.snapshot()).isEqualTo(before);
  }
}
