package dev.aiir.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.TimerFeatures;
import dev.aiir.commands.TimerFired;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.delivery.DeliveryDispatcher;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.Backoff;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.testing.MutableClock;
import dev.aiir.commands.testing.RecordingTimers;
import dev.aiir.db.Database;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console shows a message's buttons as numbered options and asks forms as questions. */
class ConsoleOptionsTest {
  private static final IncidentId ID = new IncidentId("AI-IR-2026-001");
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-03-12T14:40:00Z");
  private final RecordingTimers timers = new RecordingTimers();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final ConsoleChoices options = new ConsoleChoices();
  private Database database;
  private Core core;
  private IncidentBot bot;

  @BeforeEach
  void open() {
    database = Database.open("jdbc:sqlite:" + dir.resolve("aiir.db"));
    ChatPlatforms chat =
        new ChatPlatforms().register(Platform.CONSOLE, new ConsoleChatPlatform(out, options));
    core = new Core(database.incidents(), timers, chat, clock, CoreSettings.defaults());
    bot = new IncidentBot(core);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private String type(String input) throws IOException {
    bytes.reset();
    new ConsoleSession(bot, "maya", "console", options)
        .run(new BufferedReader(new StringReader(input)), out, false);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Fires every timer due by {@code later} and prints what it sends, as the scheduler would. */
  private String advance(Duration later) {
    bytes.reset();
    Instant end = clock.instant().plus(later);
    TimerFired fired = new TimerFired(core, TimerFeatures.standard(core));
    DeliveryDispatcher dispatcher =
        new DeliveryDispatcher(database.deliveries(), core.chat(), clock, Backoff.standard());
    for (Map.Entry<TimerKey, Instant> timer : timers.scheduled().entrySet()) {
      if (!timer.getValue().isAfter(end)) {
        clock.set(timer.getValue());
        timers.cancel(timer.getKey());
        fired.fire(timer.getKey(), timer.getValue());
      }
    }
    clock.set(end);
    dispatcher.deliverDue();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private String phase() {
    return database
        .incidents()
        .inTransaction(Tenant.console(), tx -> tx.rollouts().of(ID))
        .orElseThrow()
        .current()
        .phaseName();
  }

  @Test
  void aReminderShowsNumberedOptionsAndTypingOneAsksItsFormThenActs() throws IOException {
    type("/incident declare Assistant answers degraded --sev 2\n/incident rollout start\n");

    String reminder = advance(Duration.ofHours(2));
    String promoted = type("1\nlatency and errors normal\n");

    assertThat(reminder)
        .contains("Canary minimum soak reached")
        .contains("options:  [1] Promote  [2] Halt  [3] Status  (type the number)");
    assertThat(promoted)
        .contains("form: Promote AI-IR-2026-001")
        .contains("Exit criteria: No anomalies in monitoring dashboards")
        .contains("Remark (optional)")
        .contains("updated: Promoted by @maya at 16:40 UTC.");
    assertThat(phase()).isNotEqualTo("Canary");
  }

  @Test
  void anAnsweredMessageHasNoOptionsLeftAndANumberThenChangesNothing() throws IOException {
    type("/incident declare Assistant answers degraded --sev 2\n/incident rollout start\n");
    advance(Duration.ofHours(2));
    type("2\nerror rate up\n");

    String again = type("1\n");

    assertThat(again).contains("(only you) No options to choose from now");
    assertThat(
            database
                .incidents()
                .inTransaction(Tenant.console(), tx -> tx.rollouts().of(ID))
                .orElseThrow()
                .current()
                .isRunning())
        .isFalse();
  }

  @Test
  void cancellingAFormChangesNothing() throws IOException {
    type("/incident declare Assistant answers degraded --sev 2\n/incident rollout start\n");
    advance(Duration.ofHours(2));

    String cancelled = type("1\ncancel\n");

    assertThat(cancelled).contains("Cancelled; nothing changed.");
    assertThat(phase()).isEqualTo("Canary");
  }

  @Test
  void declareWithoutATitleAsksTheDeclareFormQuestions() throws IOException {
    String out = type("/incident declare\nChatbot leaks system prompt\n2\n14:31\n\n");

    assertThat(out)
        .contains("form: Declare an incident")
        .contains("What is wrong: Chatbot leaks system prompt\n")
        .contains("1) SEV-1  2) SEV-2  3) SEV-3  4) SEV-4 [SEV-3]: 2\n")
        .contains("Incident AI-IR-2026-001 declared: Chatbot leaks system prompt");
    assertThat(
            database
                .incidents()
                .inTransaction(Tenant.console(), tx -> tx.incidents().find(ID))
                .orElseThrow()
                .severity())
        .isEqualTo(Severity.SEV2);
  }
}
