package dev.aiir.bot.discord;

import static dev.aiir.bot.discord.DiscordJson.CHANNEL_ID;
import static dev.aiir.bot.discord.DiscordJson.LEE;
import static dev.aiir.bot.discord.DiscordJson.MAYA;
import static dev.aiir.bot.discord.DiscordJson.SAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.bot.discord.DiscordHarness.Answer;
import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.HistoryMessage;
import dev.aiir.commands.port.HistoryPage;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.NotInWorkspace;
import dev.aiir.commands.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordChatPlatformTest {
  private static final Tenant GUILD = DiscordHarness.TENANT;
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-03-12T14:40:00Z");

  @Test
  void historyIsReadWholeOldestFirstOnePageAtATime() throws Exception {
    try (DiscordHarness harness = new DiscordHarness(dir, clock)) {
      Instant start = Instant.parse("2026-03-12T10:00:00Z");
      for (int i = 0; i < 250; i++) {
        harness.discord.seedMessage(
            CHANNEL_ID, i % 2 == 0 ? LEE : SAM, "message " + i, start.plusSeconds(i));
      }

      List<HistoryMessage> read = new ArrayList<>();
      int pages = 0;
      String cursor = null;
      do {
        HistoryPage page = harness.chat.history(GUILD, CHANNEL_ID, cursor);
        read.addAll(page.messages());
        cursor = page.nextCursor();
        pages++;
      } while (cursor != null);

      assertThat(pages).isEqualTo(3);
      assertThat(read).hasSize(250);
      assertThat(read.get(0).text()).isEqualTo("message 0");
      assertThat(read.get(0).at()).isEqualTo(start);
      assertThat(read.get(0).author().displayName()).isEqualTo("lee");
      assertThat(read.get(249).text()).isEqualTo("message 249");
      assertThat(read).extracting(HistoryMessage::at).isSorted();
    }
  }

  @Test
  void postsUploadsAndDirectMessagesReachDiscordWithoutPings() throws Exception {
    try (DiscordHarness harness = new DiscordHarness(dir, clock)) {
      harness.chat.post(
          GUILD,
          CHANNEL_ID,
          Message.of("Reminder", List.of(), List.of("PIR due in 4 hours @here")));
      harness.chat.upload(GUILD, CHANNEL_ID, "AI-IR-2026-001-pir.md", "# PIR", "the draft");
      harness.chat.directMessage(GUILD, MAYA.id(), Message.text("PIR overdue"));

      Awaitility.await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> messagePosts(harness).size() >= 3);
      List<RestCall> sent = messagePosts(harness);
      assertThat(sent).hasSize(3);
      assertThat(sent.get(0).text()).isEqualTo("Reminder\nPIR due in 4 hours @\u200Bhere");
      assertThat(sent.get(1).files()).containsEntry("AI-IR-2026-001-pir.md", "# PIR");
      assertThat(sent.get(2).path()).isNotEqualTo("channels/" + CHANNEL_ID + "/messages");
      assertThat(sent)
          .allSatisfy(
              c ->
                  assertThat(c.body().getObject("allowed_mentions").getArray("parse").length())
                      .isZero());
    }
  }

  /**
   * The messages posted so far. The fake records a call once it has answered it, so JDA may return
   * before the last one is on the list: tests wait for the count they expect, then check it.
   */
  private static List<RestCall> messagePosts(DiscordHarness harness) {
    return harness.discord.calls().stream()
        .filter(c -> c.is("POST", "channels/\\d+/messages"))
        .toList();
  }

  @Test
  void aReminderRefusedWith429IsSentAgainAfterTheWaitAndOnlyOnce() throws Exception {
    try (DiscordHarness harness = new DiscordHarness(dir, clock)) {
      harness.discord.rateLimitNext("POST channels/\\d+/messages", 1);

      harness.chat.post(
          GUILD, CHANNEL_ID, Message.of("Reminder", List.of(), List.of("PIR due in 4 hours")));

      Awaitility.await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> messagePosts(harness).size() >= 2);
      List<RestCall> tries = messagePosts(harness);
      assertThat(tries).hasSize(2); // the refused one and the one Discord took
      assertThat(tries).extracting(RestCall::text).containsOnly("Reminder\nPIR due in 4 hours");
    }
  }

  @Test
  void buttonsSentByDirectMessageNameTheirServer() throws Exception {
    try (DiscordHarness harness = new DiscordHarness(dir, clock)) {
      String id = "aiir:promote:AI-IR-2026-001:lx3k9a";
      harness.chat.directMessage(
          GUILD,
          MAYA.id(),
          Message.text("Canary maximum reached")
              .withChoices(List.of(new Choice(id, "Promote", Choice.Style.PRIMARY))));

      RestCall sent = harness.discord.await(c -> c.is("POST", "channels/\\d+/messages"));
      DataObject button =
          sent.body().getArray("components").getObject(0).getArray("components").getObject(0);
      assertThat(button.getString("custom_id")).isEqualTo(id + "@" + GUILD.workspaceId());
    }
  }

  @Test
  void anIncidentChannelIsCreatedUnderTheIncidentsCategory() throws Exception {
    try (DiscordHarness harness = new DiscordHarness(dir, clock)) {
      String id = harness.chat.createChannel(GUILD, "AI-IR-2026-001 GPU OOM in prod!").id();

      List<RestCall> created =
          harness.discord.calls().stream()
              .filter(c -> c.is("POST", "guilds/\\d+/channels"))
              .toList();
      assertThat(created).hasSize(2);
      assertThat(created.get(0).body().getString("name")).isEqualTo("Incidents");
      assertThat(created.get(0).body().getInt("type")).isEqualTo(4);
      assertThat(created.get(1).body().getString("name"))
          .isEqualTo("ai-ir-2026-001-gpu-oom-in-prod");
      assertThat(created.get(1).body().getString("parent_id")).isNotBlank();
      assertThat(id).matches("\\d+");
    }
  }

  @Test
  void aTenantReachesNoChannelOfAnotherGuild() throws Exception {
    try (DiscordHarness harness = new DiscordHarness(dir, clock)) {
      Tenant other = new Tenant(Platform.DISCORD, "999");

      // The bot is in no guild 999: to that tenant, the channel is out of reach.
      assertThatThrownBy(() -> harness.chat.post(other, CHANNEL_ID, Message.text("leak")))
          .isInstanceOf(NotInWorkspace.class);
      assertThat(harness.discord.calls()).noneMatch(c -> c.is("POST", "channels/\\d+/messages"));
    }
  }

  @Test
  void aSlowAnswerIsDeferredInTimeAndFinishedThroughTheHook() throws Exception {
    try (DiscordHarness harness =
        new DiscordHarness(dir, clock, Duration.ofMillis(50), DiscordChatPlatformTest::slow)) {
      Answer declared = harness.run(MAYA, Slash.of("declare").with("title", "GPU OOM"));
      Answer refused = harness.run(SAM, Slash.of("sev").with("level", 1));

      assertThat(declared.deferred()).isTrue();
      assertThat(declared.text()).contains("Incident AI-IR-2026-001 declared: GPU OOM");
      assertThat(refused.deferred()).isTrue();
      assertThat(refused.ephemeral()).isTrue();
      harness.discord.await(c -> c.is("DELETE", "webhooks/\\d+/[^/]+/messages/@original"));
    }
  }

  /** A store that takes 300 ms per transaction: slower than the test's wait before deferring. */
  private static IncidentStore slow(IncidentStore store) {
    return new IncidentStore() {
      @Override
      public <T> T inTransaction(
          Tenant tenant, java.util.function.Function<dev.aiir.commands.port.TenantStore, T> work) {
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return store.inTransaction(tenant, work);
      }
    };
  }
}
