package dev.aiir.bot.discord;

import static dev.aiir.bot.discord.DiscordJson.LEE;
import static dev.aiir.bot.discord.DiscordJson.MAYA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.console.ConsoleSession;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.RecoveryProgress;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.testing.MutableClock;
import dev.aiir.commands.testing.RecordingTimers;
import dev.aiir.db.Database;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One command core: a scenario typed at the console and clicked through Discord keeps one record.
 */
class ConsoleAndDiscordAgreeTest {
  private static final IncidentId FIRST = new IncidentId("AI-IR-2026-001");
  private static final Tenant ANY = Tenant.console();
  @TempDir Path dir;

  /** What the store holds about the incident, apart from tenant, channel and people's ids. */
  private record StoredRecord(
      Incident incident,
      List<TimelineEntry> timeline,
      List<ActionItem> actions,
      List<RecoveryProgress> recovery,
      Map<String, List<Criterion>> gates) {}

  @Test
  void theSameScenarioLeavesEqualRecordsThroughTheConsoleAndThroughDiscord() throws Exception {
    StoredRecord console = console();
    StoredRecord discord = discord();

    assertThat(discord.incident()).isEqualTo(console.incident());
    assertThat(discord.timeline()).isEqualTo(console.timeline());
    assertThat(discord.actions()).isEqualTo(console.actions());
    assertThat(discord.recovery()).isEqualTo(console.recovery());
    assertThat(discord.gates()).isEqualTo(console.gates()).containsKey("limited");
    assertThat(console.timeline()).hasSizeGreaterThan(8);
  }

  private StoredRecord console() throws Exception {
    try (Database database = Database.open("jdbc:sqlite:" + dir.resolve("console.db"))) {
      IncidentBot bot =
          new IncidentBot(
              new Core(
                  database.incidents(),
                  new RecordingTimers(),
                  new ChatPlatforms(),
                  clock(),
                  CoreSettings.defaults()));
      String script =
          """
          /incident declare Assistant answers degraded --sev 3 --detected 14:23 --model assistant@v3.2
          /incident ack
          /incident log p50 dropped to 0.61 --at 14:31
          /incident sev 2 wider than the canary
          /incident role scribe @lee
          /incident rollback assistant v3.1 bad fine-tune
          /incident rollout start --traffic 2%
          /incident gate add canary error_ratio < 0.01 --for 30m
          /incident gate add limited eval_accuracy{model="$model"} >= 0.8 --every 2m --failures 5
          /incident rollout check
          /incident gate remove 1
          /incident gate list
          /incident rootcause poisoned fine-tuning data
          /incident impact ~12,000 users got degraded answers
          /incident recovery done data purged the samples
          /incident action add P0 detect adversarial samples --owner @lee
          /incident resolve traffic back on v3.1
          /incident pir draft
          /incident pir export json
          /incident pir done https://docs.example/pir-1
          """;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new ConsoleSession(bot, "maya", "console")
          .run(
              new BufferedReader(new StringReader(script)),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              false);
      assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("(only you)");
      return read(database.incidents(), Tenant.console());
    }
  }

  private StoredRecord discord() throws Exception {
    try (DiscordHarness harness = new DiscordHarness(dir, clock())) {
      harness.run(
          MAYA,
          Slash.of("declare")
              .with("title", "Assistant answers degraded")
              .with("severity", 3)
              .with("detected", "14:23")
              .with("model", "assistant@v3.2"));
      harness.run(MAYA, Slash.of("ack"));
      harness.run(MAYA, Slash.of("log").with("text", "p50 dropped to 0.61").with("at", "14:31"));
      harness.run(MAYA, Slash.of("sev").with("level", 2).with("reason", "wider than the canary"));
      harness.run(MAYA, Slash.of("role").with("role", "scribe").with("user", LEE));
      harness.run(
          MAYA,
          Slash.of("rollback")
              .with("model", "assistant")
              .with("version", "v3.1")
              .with("reason", "bad fine-tune"));
      harness.run(MAYA, Slash.of("rollout", "start").with("traffic", 2));
      harness.run(
          MAYA,
          Slash.of("gate", "add")
              .with("phase", "canary")
              .with("check", "error_ratio < 0.01")
              .with("for", "30m"));
      harness.run(
          MAYA,
          Slash.of("gate", "add")
              .with("phase", "limited")
              .with("check", "eval_accuracy{model=\"$model\"} >= 0.8")
              .with("every", "2m")
              .with("failures", 5));
      assertThat(harness.run(MAYA, Slash.of("rollout", "check")).ephemeral()).isFalse();
      harness.run(MAYA, Slash.of("gate", "remove").with("number", 1));
      harness.run(MAYA, Slash.of("gate", "list"));
      harness.run(MAYA, Slash.of("rootcause").with("text", "poisoned fine-tuning data"));
      harness.run(MAYA, Slash.of("impact").with("text", "~12,000 users got degraded answers"));
      harness.run(
          MAYA,
          Slash.of("recovery", "done").with("step", "data").with("note", "purged the samples"));
      harness.run(
          MAYA,
          Slash.of("action", "add")
              .with("priority", "P0")
              .with("text", "detect adversarial samples")
              .with("owner", LEE));
      harness.run(MAYA, Slash.of("resolve").with("summary", "traffic back on v3.1"));
      assertThat(harness.run(MAYA, Slash.of("pir", "draft")).ephemeral()).isFalse();
      assertThat(harness.run(MAYA, Slash.of("pir", "export").with("format", "json")).files())
          .containsKey("AI-IR-2026-001-pir.json");
      harness.run(MAYA, Slash.of("pir", "done").with("link", "https://docs.example/pir-1"));
      return read(harness.database.incidents(), DiscordHarness.TENANT);
    }
  }

  private static MutableClock clock() {
    return MutableClock.at("2026-03-12T14:40:00Z");
  }

  private static StoredRecord read(IncidentStore store, Tenant tenant) {
    return store.inTransaction(
        tenant,
        tx ->
            new StoredRecord(
                normal(tx.incidents().find(FIRST).orElseThrow()),
                tx.timeline().of(FIRST).stream().map(ConsoleAndDiscordAgreeTest::normal).toList(),
                tx.actions().of(FIRST).stream().map(ConsoleAndDiscordAgreeTest::normal).toList(),
                tx.recovery().of(FIRST).stream().map(ConsoleAndDiscordAgreeTest::normal).toList(),
                tx.gates().overrides(FIRST)));
  }

  /** A person by the name the record shows, whatever their platform id. */
  private static UserRef person(UserRef user) {
    return user == null ? null : new UserRef(user.displayName(), user.displayName());
  }

  private static Incident normal(Incident incident) {
    Map<dev.aiir.commands.model.Role, UserRef> roles =
        new EnumMap<>(dev.aiir.commands.model.Role.class);
    incident.roles().forEach((role, user) -> roles.put(role, person(user)));
    return incident.toBuilder().tenant(ANY).channelId(null).roles(roles).build();
  }

  private static TimelineEntry normal(TimelineEntry e) {
    return new TimelineEntry(
        e.sequence(),
        e.at(),
        e.recordedAt(),
        person(e.author()),
        e.source(),
        e.kind(),
        e.text(),
        e.sourceRef());
  }

  private static ActionItem normal(ActionItem a) {
    return new ActionItem(
        a.number(),
        a.priority(),
        a.text(),
        person(a.owner()),
        person(a.addedBy()),
        a.addedAt(),
        person(a.doneBy()),
        a.doneAt());
  }

  private static RecoveryProgress normal(RecoveryProgress r) {
    return new RecoveryProgress(r.step(), person(r.doneBy()), r.doneAt(), r.note());
  }
}
