package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.util.json.GsonFactory;
import dev.aiir.bot.slack.FakeSlack.Call;
import dev.aiir.bot.slack.SlackHarness.Ack;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.model.ReminderChoices;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimelineEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Buttons and forms through the real endpoint: signed {@code block_actions} and {@code
 * view_submission} payloads to Bolt, the core and SQLite, with the fake Web API seeing the modals
 * open and the pressed messages rewritten. The rollout reminder comes from the real timer: Canary's
 * minimum soak is one second here.
 */
class SlackButtonsAndFormsTest {
  private static final String ID = "AI-IR-2026-001";
  private static final Duration BOUND = Duration.ofSeconds(20);
  private static final String CONFIG =
      """
      rollout:
        phases:
          - name: Canary
            traffic: 1-5%
            duration: 1s-1h
            exit: error rate below 1% on the canary
          - name: Full
            traffic: 100%
            duration: 72h
            exit: 72 hours of stable operation
      """;
  @TempDir Path dir;
  private SlackHarness harness;
  private FakeSlack slack;

  @BeforeEach
  void start() throws Exception {
    Path config = dir.resolve("aiir.yml");
    Files.writeString(config, CONFIG);
    slack = new FakeSlack();
    harness =
        new SlackHarness(
            dir, Map.of("AIIR_SLACK_ADMINS", "UADMIN", "AIIR_CONFIG", config.toString()), slack);
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void aRolloutReminderCarriesPromoteHaltAndStatusButtons() throws Exception {
    Map<String, Object> reminder = rolloutReminder();

    List<Map<String, Object>> buttons = buttons(reminder);
    assertThat(buttons)
        .extracting(b -> (Object) ((Map<?, ?>) b.get("text")).get("text"))
        .containsExactly("Promote", "Halt", "Status");
    assertThat(buttons).extracting(b -> b.get("style")).containsExactly("primary", "danger", null);
    assertThat(buttons)
        .allSatisfy(b -> assertThat((String) b.get("action_id")).startsWith("aiir:"))
        .allSatisfy(b -> assertThat(b.get("value")).isEqualTo(b.get("action_id")));
  }

  @Test
  void theCommanderPromotesThroughTheConfirmFormAndTheReminderRecordsIt() throws Exception {
    Map<String, Object> reminder = rolloutReminder();

    Ack pressed = harness.interact(press("U1", reminder, "Promote"));
    Map<String, Object> form = openedView();
    Ack submitted = harness.interact(SlackPayloads.submit("U1", form, Map.of("remark", "p50 ok")));

    assertThat(pressed.status()).isEqualTo(200);
    assertThat(form.get("callback_id")).isEqualTo(actionId(reminder, "Promote"));
    assertThat(form.toString())
        .contains("Exit criteria: error rate below 1% on the canary")
        .contains("Promote " + ID + " from Canary to Full?");
    assertThat(submitted.status()).isEqualTo(200);
    assertThat(harness.rollout(ID).orElseThrow().current().phaseName()).isEqualTo("Full");
    assertThat(harness.timeline(ID))
        .extracting(TimelineEntry::text)
        .anySatisfy(
            text ->
                assertThat(text)
                    .startsWith("Canary exit criteria met (error rate below 1% on the canary)")
                    .contains("promoted to Full")
                    .contains("p50 ok"));
    Call update = awaitUpdate(reminder);
    assertThat(update.params().get("blocks"))
        .doesNotContain("\"actions\"")
        .contains("Promoted by @u1 at ")
        .contains("minimum soak reached");
    await().atMost(BOUND).until(() -> posted("C1", ID + ": promoted to Full"));
  }

  @Test
  void aResponderWhoMayNotPromoteIsRefusedPrivatelyAndNothingChanges() throws Exception {
    Map<String, Object> reminder = rolloutReminder();
    int entries = harness.timeline(ID).size();

    Ack pressed = harness.interact(press("U2", reminder, "Promote"));

    assertThat(pressed.status()).isEqualTo(200);
    Call refusal = awaitEphemeral("U2");
    assertThat(refusal.params().get("text")).contains("commander").contains("admin");
    assertThat(slack.calls("views.open")).isEmpty();
    assertThat(slack.calls("chat.update")).isEmpty();
    assertThat(harness.rollout(ID).orElseThrow().current().phaseName()).isEqualTo("Canary");
    assertThat(harness.timeline(ID)).hasSize(entries);
  }

  @Test
  void theOldPromoteButtonAfterThePromotionIsHarmlessAndSaysWhyPrivately() throws Exception {
    Map<String, Object> reminder = rolloutReminder();
    harness.interact(press("U1", reminder, "Promote"));
    harness.interact(SlackPayloads.submit("U1", openedView(), Map.of("remark", "")));
    awaitUpdate(reminder);
    int entries = harness.timeline(ID).size();

    Ack again = harness.interact(press("U1", reminder, "Promote"));

    assertThat(again.status()).isEqualTo(200);
    Call refusal = awaitEphemeral("U1");
    assertThat(refusal.params().get("text"))
        .startsWith("This button is out of date")
        .contains("Nothing changed");
    assertThat(slack.calls("views.open")).hasSize(1);
    assertThat(slack.calls("chat.update")).hasSize(1);
    assertThat(harness.rollout(ID).orElseThrow().current().phaseName()).isEqualTo("Full");
    assertThat(harness.timeline(ID)).hasSize(entries);
  }

  @Test
  void snoozeOnANudgeSnoozesAtOnceAndRecordsItOnTheNudge() throws Exception {
    harness.command("U1", "C1", "declare Assistant answers degraded");
    Map<String, Object> nudge = nudge("1700000000.000100");

    Ack pressed = harness.interact(press("U1", nudge, "Snooze 30 min"));

    assertThat(pressed.status()).isEqualTo(200);
    Call update = awaitUpdate(nudge);
    assertThat(update.params().get("blocks"))
        .doesNotContain("\"actions\"")
        .contains("Nudges snoozed for 30 minutes by @u1 at ");
    assertThat(harness.timeline(ID))
        .extracting(TimelineEntry::text)
        .anySatisfy(text -> assertThat(text).startsWith("Status-update nudges snoozed until "));
    assertThat(slack.calls("views.open")).isEmpty();
  }

  @Test
  void anUpdateFromANudgeWhoseMessageCannotBeReadBackIsRecordedInItsThread() throws Exception {
    harness.command("U1", "C1", "declare Assistant answers degraded");
    slack.failing("conversations.history", "missing_scope");
    Map<String, Object> nudge = nudge("1700000000.000400");

    harness.interact(press("U2", nudge, "Post update"));
    Ack submitted =
        harness.interact(
            SlackPayloads.submit("U2", openedView(), Map.of("text", "rollback to v3.1 at 40%")));

    assertThat(submitted.status()).isEqualTo(200);
    assertThat(harness.timeline(ID))
        .extracting(TimelineEntry::text)
        .contains("rollback to v3.1 at 40%");
    await()
        .atMost(BOUND)
        .until(
            () ->
                slack.calls("chat.postMessage").stream()
                    .anyMatch(
                        c ->
                            "1700000000.000400".equals(c.params().get("thread_ts"))
                                && c.params().get("text").startsWith("Update posted by @u2 at ")));
    assertThat(slack.calls("chat.update")).isEmpty();
  }

  @Test
  void aButtonInADirectMessageWorksTheSame() throws Exception {
    harness.command("U1", "C1", "declare Assistant answers degraded");
    Map<String, Object> nudge = nudge("1700000000.000200");

    harness.interact(SlackPayloads.press("U1", "DU1", nudge, snoozeId(nudge), slack.responseUrl()));

    Call update = awaitUpdate(nudge);
    assertThat(update.params().get("channel")).isEqualTo("DU1");
    assertThat(update.params().get("blocks")).contains("Nudges snoozed for 30 minutes by @u1");
  }

  @Test
  void declareWithoutATitleOpensTheDeclareForm() throws Exception {
    Ack ack = harness.command("U1", "C1", "declare --sev 2");

    assertThat(ack.status()).isEqualTo(200);
    assertThat(ack.body()).doesNotContain("Give the incident a title");
    Map<String, Object> form = openedView();
    assertThat(form.get("callback_id")).isEqualTo("aiir:declare");
    assertThat(form.get("private_metadata")).isEqualTo("C1");
    assertThat(slack.calls("views.open").get(0).params().get("trigger_id")).isEqualTo("1.2.3");
    assertThat(form.toString())
        .contains("block_id=title")
        .contains("block_id=severity")
        .contains("block_id=detected")
        .contains("block_id=model")
        .contains("initial_option={text={type=plain_text, text=SEV-2");
    assertThat(harness.incident(FakeSlack.TEAM, ID)).isEmpty();
  }

  @Test
  void whenTheDeclareFormCannotOpenItsAuthorIsToldWhatToType() throws Exception {
    slack.failing("views.open", "expired_trigger_id");

    Ack ack = harness.command("U1", "C1", "declare");

    assertThat(ack.responseType()).isEqualTo("ephemeral");
    assertThat(ack.text()).startsWith("Give the incident a title");
  }

  @Test
  void aDeclareFormWithABadDetectionTimeShowsTheErrorBesideItAndDeclaresNothing() throws Exception {
    harness.command("U1", "C1", "declare");

    Ack submitted =
        harness.interact(
            SlackPayloads.submit(
                "U1",
                openedView(),
                Map.of(
                    "title",
                    "Assistant answers degraded",
                    "severity",
                    "SEV-2",
                    "detected",
                    "yesterday-ish",
                    "model",
                    "")));

    assertThat(submitted.status()).isEqualTo(200);
    assertThat(submitted.json().get("response_action").getAsString()).isEqualTo("errors");
    assertThat(submitted.json().getAsJsonObject("errors").keySet()).containsExactly("detected");
    assertThat(harness.incident(FakeSlack.TEAM, ID)).isEmpty();
    assertThat(slack.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void aGoodDeclareFormDeclaresAndAnswersInTheChannelItCameFrom() throws Exception {
    harness.command("U1", "C1", "declare");

    Ack submitted =
        harness.interact(
            SlackPayloads.submit(
                "U1",
                openedView(),
                Map.of(
                    "title",
                    "Assistant answers degraded",
                    "severity",
                    "SEV-2",
                    "detected",
                    "",
                    "model",
                    "assistant@3.2")));

    assertThat(submitted.status()).isEqualTo(200);
    assertThat(submitted.body()).doesNotContain("errors");
    assertThat(harness.incident(FakeSlack.TEAM, ID))
        .get()
        .satisfies(
            incident -> {
              assertThat(incident.title()).isEqualTo("Assistant answers degraded");
              assertThat(incident.severity()).isEqualTo(Severity.SEV2);
            });
    await().atMost(BOUND).until(() -> posted("C1", "Incident " + ID + " declared"));
  }

  @Test
  void aDeclareFormOpensTheIncidentChannelAsATypedDeclareDoes() throws Exception {
    harness.close();
    slack = new FakeSlack();
    harness = new SlackHarness(dir, Map.of("AIIR_INCIDENT_CHANNELS", "true"), slack);
    harness.command("U1", "C-ALERTS", "declare");

    harness.interact(
        SlackPayloads.submit(
            "U1",
            openedView(),
            Map.of("title", "Assistant answers degraded", "severity", "SEV-2")));

    String channel = harness.incident(FakeSlack.TEAM, ID).orElseThrow().channelId();
    assertThat(slack.calls("conversations.create"))
        .extracting(c -> c.params().get("name"))
        .containsExactly("inc-2026-001-assistant-answers-degraded");
    assertThat(slack.calls("conversations.invite"))
        .singleElement()
        .satisfies(c -> assertThat(c.params()).containsEntry("channel", channel));
    await()
        .atMost(BOUND)
        .until(
            () -> posted("C-ALERTS", "Incident channel: #inc-2026-001-assistant-answers-degraded"));
  }

  @Test
  void aTitleFromTheDeclareFormCannotPingTheChannel() throws Exception {
    harness.command("U1", "C1", "declare");

    harness.interact(
        SlackPayloads.submit(
            "U1",
            openedView(),
            Map.of("title", "<!channel> assistant down @here", "severity", "SEV-3")));

    await().atMost(BOUND).until(() -> posted("C1", "Incident " + ID + " declared"));
    assertThat(slack.calls("chat.postMessage").toString())
        .doesNotContain("<!channel>")
        .doesNotContain("<!here>");
  }

  @Test
  void aForgedSignatureOnAPressGets401AndChangesNothing() throws Exception {
    harness.command("U1", "C1", "declare Assistant answers degraded");
    Map<String, Object> nudge = nudge("1700000000.000300");
    String body = SlackPayloads.press("U1", "C1", nudge, snoozeId(nudge), slack.responseUrl());
    int entries = harness.timeline(ID).size();

    Ack forged = harness.post(body, SlackHarness.nowSeconds(), "not-the-secret");

    assertThat(forged.status()).isEqualTo(401);
    assertThat(harness.timeline(ID)).hasSize(entries);
    assertThat(slack.calls("chat.update")).isEmpty();
  }

  /** Starts a rollout and waits for Canary's minimum-soak reminder, as Slack holds it. */
  private Map<String, Object> rolloutReminder() throws Exception {
    harness.command("U1", "C1", "declare Assistant answers degraded");
    harness.command("U1", "C1", "rollout start");
    String title = ID + ": Canary minimum soak reached";
    await()
        .atMost(BOUND)
        .until(
            () ->
                slack.postedIn("C1").stream()
                    .anyMatch(m -> ((String) m.get("text")).startsWith(title)));
    return slack.postedIn("C1").stream()
        .filter(m -> ((String) m.get("text")).startsWith(title))
        .findFirst()
        .orElseThrow();
  }

  private boolean posted(String channel, String text) {
    return slack.calls("chat.postMessage").stream()
        .anyMatch(
            c ->
                channel.equals(c.params().get("channel")) && c.params().get("text").contains(text));
  }

  /** A status-update nudge with its buttons, as the bot renders it, at {@code ts} in C1. */
  private Map<String, Object> nudge(String ts) {
    int entries = harness.timeline(ID).size();
    Message message =
        Message.text(ID + " has had no update for 30 minutes.")
            .withChoices(
                ReminderChoices.nudge(harness.incident(FakeSlack.TEAM, ID).orElseThrow(), entries));
    SlackMessage rendered = BlockKit.render(message);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", "message");
    json.put("ts", ts);
    json.put("bot_id", "BBOT");
    json.put("text", rendered.text());
    json.put(
        "blocks", SlackPayloads.jsonList(GsonFactory.createSnakeCase().toJson(rendered.blocks())));
    return json;
  }

  private String snoozeId(Map<String, Object> message) {
    return actionId(message, "Snooze 30 min");
  }

  private String press(String user, Map<String, Object> message, String label) {
    return SlackPayloads.press(user, "C1", message, actionId(message, label), slack.responseUrl());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> buttons(Map<String, Object> message) {
    List<Map<String, Object>> blocks = (List<Map<String, Object>>) message.get("blocks");
    Map<String, Object> actions = blocks.get(blocks.size() - 1);
    assertThat(actions.get("type")).isEqualTo("actions");
    return (List<Map<String, Object>>) actions.get("elements");
  }

  private static String actionId(Map<String, Object> message, String label) {
    return buttons(message).stream()
        .filter(b -> label.equals(((Map<?, ?>) b.get("text")).get("text")))
        .map(b -> (String) b.get("action_id"))
        .findFirst()
        .orElseThrow();
  }

  private Map<String, Object> openedView() {
    await().atMost(BOUND).until(() -> !slack.calls("views.open").isEmpty());
    List<Call> opened = slack.calls("views.open");
    return SlackPayloads.json(opened.get(opened.size() - 1).params().get("view"));
  }

  private Call awaitUpdate(Map<String, Object> message) {
    await()
        .atMost(BOUND)
        .until(
            () ->
                slack.calls("chat.update").stream()
                    .anyMatch(c -> message.get("ts").equals(c.params().get("ts"))));
    return slack.calls("chat.update").stream()
        .filter(c -> message.get("ts").equals(c.params().get("ts")))
        .findFirst()
        .orElseThrow();
  }

  private Call awaitEphemeral(String user) {
    await()
        .atMost(BOUND)
        .until(
            () ->
                slack.calls("chat.postEphemeral").stream()
                    .anyMatch(c -> user.equals(c.params().get("user"))));
    return slack.calls("chat.postEphemeral").stream()
        .filter(c -> user.equals(c.params().get("user")))
        .findFirst()
        .orElseThrow();
  }
}
