package dev.aiir.bot.discord;

import static dev.aiir.bot.discord.DiscordJson.CHANNEL_ID;
import static dev.aiir.bot.discord.DiscordJson.LEE;
import static dev.aiir.bot.discord.DiscordJson.MAYA;
import static dev.aiir.bot.discord.DiscordJson.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.discord.DiscordHarness.Sent;
import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.NudgeCadences;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.ReminderChoices;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.testing.MutableClock;
import dev.aiir.commands.testing.StoreSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Buttons on the bot's reminders and the forms behind them, through the real JDA: presses arrive as
 * MESSAGE_COMPONENT interactions, forms come back as MODAL_SUBMIT, and the fake records what the
 * bot answered.
 */
class DiscordButtonsAndFormsTest {
  private static final IncidentId FIRST = IncidentId.parse("AI-IR-2026-001").orElseThrow();
  private static final CoreSettings SETTINGS =
      CoreSettings.defaults().withNudges(NudgeCadences.standard());
  private static final RolloutPlan PLAN = SETTINGS.rolloutPlan();
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-03-12T14:40:00Z");
  private DiscordHarness harness;

  @BeforeEach
  void connect() throws Exception {
    harness = new DiscordHarness(dir, clock, SETTINGS);
  }

  @AfterEach
  void disconnect() throws Exception {
    harness.close();
  }

  @Test
  void aReminderWithChoicesIsPostedWithItsButtons() {
    DataObject reminder = rolloutReminder();

    DataArray buttons = reminder.getArray("components").getObject(0).getArray("components");
    List<Choice> choices = ReminderChoices.rollout(incident(), run());
    assertThat(buttons.length()).isEqualTo(3);
    for (int i = 0; i < choices.size(); i++) {
      assertThat(buttons.getObject(i).getString("custom_id")).isEqualTo(choices.get(i).id());
      assertThat(buttons.getObject(i).getString("label")).isEqualTo(choices.get(i).label());
    }
    assertThat(List.of(style(buttons, 0), style(buttons, 1), style(buttons, 2)))
        .containsExactly(1, 4, 2); // primary, danger, secondary
  }

  @Test
  void theCommanderPressingPromoteIsAskedToConfirmTheExitCriteria() {
    DataObject reminder = rolloutReminder();

    Sent pressed = harness.press(LEE, reminder, promoteId(reminder));

    assertThat(pressed.type()).isEqualTo(9);
    assertThat(pressed.data().getString("custom_id")).isEqualTo(promoteId(reminder));
    assertThat(pressed.data().getString("title")).isEqualTo("Promote AI-IR-2026-001");
    assertThat(pressed.data().toString())
        .contains("Exit criteria: " + PLAN.first().exitCriteria())
        .contains("\"custom_id\":\"remark\"");
  }

  @Test
  void submittingThePromoteFormPromotesAndRecordsWhoDidItOnTheReminder() {
    DataObject reminder = rolloutReminder();
    Phase next = PLAN.next(PLAN.first()).orElseThrow();

    Sent submitted =
        harness.submit(
            LEE, promoteId(reminder), Map.of("remark", "error rate flat"), Map.of(), reminder);
    RestCall announced = harness.followUp(submitted);

    assertThat(submitted.type()).isEqualTo(7);
    assertThat(submitted.data().getArray("components").length()).isZero();
    assertThat(submitted.callback().text())
        .contains(PLAN.first().exitCriteria())
        .contains("Promoted by @lee at 16:40 UTC.");
    assertThat(announced.ephemeral()).isFalse();
    assertThat(announced.text()).contains("AI-IR-2026-001: promoted to " + next.name());
    assertThat(run().phaseKey()).isEqualTo(next.key());
    assertThat(timeline())
        .anyMatch(e -> e.text().contains("confirmed by @lee") && e.text().contains("flat"));
  }

  @Test
  void someoneWhoMayNotPromoteIsRefusedPrivatelyAndNothingChanges() {
    DataObject reminder = rolloutReminder();
    StoreSnapshot before = snapshot();

    Sent pressed = harness.press(SAM, reminder, promoteId(reminder));

    assertThat(pressed.type()).isEqualTo(4);
    assertThat(pressed.callback().ephemeral()).isTrue();
    assertThat(pressed.callback().text())
        .startsWith("Only the commander (@lee) or an incident admin can promote");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aStalePromoteButtonIsRefusedPrivatelyAndChangesNothing() {
    DataObject reminder = rolloutReminder();
    harness.submit(LEE, promoteId(reminder), Map.of(), Map.of(), reminder);
    harness.discord.await(c -> c.is("POST", "webhooks/\\d+/[^/]+"));
    StoreSnapshot promoted = snapshot();

    Sent again = harness.press(LEE, reminder, promoteId(reminder));
    Sent resubmitted = harness.submit(LEE, promoteId(reminder), Map.of(), Map.of(), reminder);

    assertThat(again.type()).isEqualTo(4);
    assertThat(again.callback().ephemeral()).isTrue();
    assertThat(again.callback().text()).startsWith("This button is out of date");
    assertThat(resubmitted.type()).isEqualTo(4);
    assertThat(resubmitted.callback().ephemeral()).isTrue();
    assertThat(snapshot()).isEqualTo(promoted);
  }

  @Test
  void snoozeOnANudgeSnoozesAndTakesTheNudgesButtonsAway() {
    harness.run(
        LEE, Slash.of("declare").with("title", "Assistant answers degraded").with("severity", 2));
    DataObject nudge =
        post(
            Message.text("No update on AI-IR-2026-001 for 30 minutes.")
                .withChoices(ReminderChoices.nudge(incident(), timeline().size())));
    String snooze = customId(nudge, 1);

    Sent pressed = harness.press(LEE, nudge, snooze);
    RestCall answer = harness.followUp(pressed);

    assertThat(pressed.type()).isEqualTo(7);
    assertThat(pressed.data().getArray("components").length()).isZero();
    assertThat(pressed.callback().text())
        .contains("No update on AI-IR-2026-001")
        .contains("Nudges snoozed for 30 minutes by @lee at 14:40 UTC.");
    assertThat(answer.ephemeral()).isFalse();
    assertThat(answer.text())
        .isEqualTo("AI-IR-2026-001: status-update nudges paused for 30 minutes.");
    assertThat(timeline()).last().satisfies(e -> assertThat(e.text()).contains("snoozed"));
  }

  @Test
  void draftNowIsDeferredAndThenRecordedOnTheReminderWithTheDraftBeside() {
    harness.run(MAYA, Slash.of("declare").with("title", "Assistant answers degraded"));
    harness.run(MAYA, Slash.of("resolve").with("summary", "back on v3.1"));
    DataObject reminder =
        post(
            Message.text("The PIR of AI-IR-2026-001 is due in 24 hours.")
                .withChoices(ReminderChoices.pir(incident())));

    Sent pressed = harness.press(SAM, reminder, customId(reminder, 0));
    RestCall recorded =
        harness.discord.await(
            c -> c.is("PATCH", "webhooks/\\d+/" + pressed.token() + "/messages/@original"));
    RestCall draft = harness.followUp(pressed);

    assertThat(pressed.type()).isEqualTo(6);
    assertThat(recorded.text())
        .contains("The PIR of AI-IR-2026-001 is due")
        .contains("PIR draft made by @sam at 14:40 UTC.");
    assertThat(recorded.body().hasKey("components")).isFalse(); // drafting again stays possible
    assertThat(draft.ephemeral()).isFalse();
    assertThat(draft.text()).contains("# Post-Incident Review: Assistant answers degraded");
  }

  @Test
  void aButtonInADirectMessageThatNamesNoServerIsRefusedPrivately() {
    DataObject reminder = rolloutReminder();
    StoreSnapshot before = snapshot();

    Sent pressed = harness.pressInDirectMessage(LEE, "960000000000000001", promoteId(reminder));

    assertThat(pressed.type()).isEqualTo(4);
    assertThat(pressed.callback().ephemeral()).isTrue();
    assertThat(pressed.callback().text()).isEqualTo(ChoiceListener.NOT_IN_A_SERVER);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aManagerPressingPromoteInADirectMessageGetsAFormThatNamesTheServer() {
    DataObject reminder = rolloutReminder();
    String addressed = promoteId(reminder) + "@" + DiscordJson.GUILD_ID;

    Sent pressed = harness.pressInDirectMessage(LEE, "960000000000000001", addressed);

    assertThat(pressed.type()).isEqualTo(9);
    assertThat(pressed.data().getString("custom_id")).isEqualTo(addressed);
    assertThat(pressed.data().toString()).contains("Exit criteria: ");
  }

  @Test
  void aFormSubmittedFromADirectMessageActsInTheServerAndRecordsOnTheMessage() {
    DataObject reminder = rolloutReminder();
    String addressed = promoteId(reminder) + "@" + DiscordJson.GUILD_ID;
    Phase next = PLAN.next(PLAN.first()).orElseThrow();

    Sent submitted =
        harness.submitInDirectMessage(
            LEE, "960000000000000001", addressed, Map.of("remark", "paged from my phone"));

    assertThat(submitted.type()).isEqualTo(7);
    assertThat(submitted.callback().text()).contains("Promoted by @");
    assertThat(run().phaseKey()).isEqualTo(next.key());
    assertThat(timeline()).anyMatch(e -> e.text().contains("paged from my phone"));
  }

  @Test
  void aDirectMessagePressBySomeoneWhoMayNotPromoteIsRefusedAndChangesNothing() {
    DataObject reminder = rolloutReminder();
    StoreSnapshot before = snapshot();

    Sent pressed =
        harness.pressInDirectMessage(
            SAM, "960000000000000002", promoteId(reminder) + "@" + DiscordJson.GUILD_ID);

    assertThat(pressed.type()).isEqualTo(4);
    assertThat(pressed.callback().ephemeral()).isTrue();
    assertThat(pressed.callback().text()).contains("can promote");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aDirectMessagePressBySomeoneOutsideTheServerIsRefusedAndChangesNothing() {
    DataObject reminder = rolloutReminder();
    StoreSnapshot before = snapshot();
    DiscordJson.Person stranger = new DiscordJson.Person("940000000000000009", "eve", false);

    Sent pressed =
        harness.pressInDirectMessage(
            stranger, "960000000000000003", promoteId(reminder) + "@" + DiscordJson.GUILD_ID);

    assertThat(pressed.type()).isEqualTo(4);
    assertThat(pressed.callback().ephemeral()).isTrue();
    assertThat(pressed.callback().text()).isEqualTo(ChoiceListener.NOT_A_MEMBER);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void nothingSentAfterAPressOrAFormCanPingAnyone() {
    DataObject reminder = rolloutReminder();
    Sent submitted = harness.submit(LEE, promoteId(reminder), Map.of(), Map.of(), reminder);
    harness.followUp(submitted);
    harness.press(SAM, reminder, promoteId(reminder));

    assertThat(harness.discord.calls())
        .filteredOn(c -> c.is("POST", "interactions/.*") || c.path().startsWith("webhooks/"))
        .filteredOn(c -> c.json() != null && !c.json().isEmpty())
        .allSatisfy(
            call -> {
              DataObject body = call.body();
              DataObject message = body.hasKey("data") ? body.getObject("data") : body;
              if (message.hasKey("content") || message.hasKey("embeds")) {
                assertThat(message.getObject("allowed_mentions").getArray("parse").length())
                    .as(call.path())
                    .isZero();
              }
            });
  }

  @Test
  void declareWithoutATitleOpensTheDeclareForm() {
    Sent declared = harness.slash(MAYA, Slash.of("declare").with("severity", 2));

    assertThat(declared.type()).isEqualTo(9);
    DataObject form = declared.data();
    assertThat(form.getString("custom_id")).isEqualTo("aiir:declare");
    assertThat(form.getString("title")).isEqualTo("Declare an incident");
    assertThat(form.toString())
        .contains("\"custom_id\":\"title\"")
        .contains("\"custom_id\":\"severity\"")
        .contains("\"custom_id\":\"detected\"")
        .contains("\"custom_id\":\"model\"");
    assertThat(snapshot().rows()).isEmpty();
  }

  @Test
  void aDeclareFormWithABadTimeIsRefusedPrivatelyAndDeclaresNothing() {
    Sent submitted =
        harness.submit(
            MAYA,
            "aiir:declare",
            Map.of("title", "GPU OOM", "detected", "yesterday"),
            Map.of("severity", "SEV-2"),
            null);

    assertThat(submitted.type()).isEqualTo(4);
    assertThat(submitted.callback().ephemeral()).isTrue();
    assertThat(submitted.callback().text()).contains("not 'yesterday'");
    assertThat(snapshot().rows()).isEmpty();
  }

  @Test
  void aSubmittedDeclareFormDeclaresInTheChannel() {
    Sent submitted =
        harness.submit(
            MAYA,
            "aiir:declare",
            Map.of("title", "GPU OOM", "detected", "14:23", "model", "assistant@v3.2"),
            Map.of("severity", "SEV-2"),
            null);

    assertThat(submitted.type()).isEqualTo(4);
    assertThat(submitted.callback().ephemeral()).isFalse();
    assertThat(submitted.callback().text())
        .contains("Incident AI-IR-2026-001 declared: GPU OOM")
        .contains("Severity: SEV-2")
        .contains("Commander: @maya")
        .contains("Model: assistant@v3.2");
    assertThat(incident().channelId()).isEqualTo(CHANNEL_ID);
  }

  @Test
  void aSubmittedDeclareFormOpensTheIncidentChannelAsATypedDeclareDoes() throws Exception {
    harness.close();
    harness =
        new DiscordHarness(
            Files.createDirectories(dir.resolve("channels")),
            clock,
            SETTINGS.withIncidentChannels(true));

    Sent submitted =
        harness.submit(MAYA, "aiir:declare", Map.of("title", "GPU OOM"), Map.of(), null);

    assertThat(submitted.callback().text()).contains("Incident channel: #inc-2026-001-gpu-oom");
    assertThat(harness.discord.calls())
        .anyMatch(
            c -> c.is("POST", "guilds/\\d+/channels") && c.json().contains("inc-2026-001-gpu-oom"));
  }

  /** LEE declares and starts a rollout, the minimum soak passes, and its reminder is posted. */
  private DataObject rolloutReminder() {
    harness.run(LEE, Slash.of("declare").with("title", "Assistant answers degraded"));
    harness.run(LEE, Slash.of("rollout", "start"));
    clock.advance(PLAN.first().minimum());
    Message reminder =
        Message.of(
                "AI-IR-2026-001: " + PLAN.first().name() + " minimum soak reached",
                List.of(new Message.Field("Exit criteria", PLAN.first().exitCriteria())),
                List.of("Promote when the exit criteria are met."))
            .withChoices(ReminderChoices.rollout(incident(), run()));
    return post(reminder);
  }

  private DataObject post(Message message) {
    harness.chat.post(DiscordHarness.TENANT, CHANNEL_ID, message);
    return harness.discord.lastMessageIn(CHANNEL_ID);
  }

  private static String promoteId(DataObject message) {
    return customId(message, 0);
  }

  private static String customId(DataObject message, int button) {
    return message
        .getArray("components")
        .getObject(0)
        .getArray("components")
        .getObject(button)
        .getString("custom_id");
  }

  private static int style(DataArray buttons, int index) {
    return buttons.getObject(index).getInt("style");
  }

  private Incident incident() {
    return read((tx, id) -> tx.incidents().find(id).orElseThrow());
  }

  private PhaseRun run() {
    return read((tx, id) -> tx.rollouts().of(id).orElseThrow().current());
  }

  private List<TimelineEntry> timeline() {
    return read((tx, id) -> tx.timeline().of(id));
  }

  private <T> T read(BiFunction<dev.aiir.commands.port.TenantStore, IncidentId, T> query) {
    return harness
        .database
        .incidents()
        .inTransaction(DiscordHarness.TENANT, tx -> query.apply(tx, FIRST));
  }

  private StoreSnapshot snapshot() {
    return StoreSnapshot.of(harness.database.incidents(), DiscordHarness.TENANT);
  }
}
