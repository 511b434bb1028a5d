package dev.aiir.bot.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.pir.ExportFormat;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfflineDraftTest {
  private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
  private static final CoreSettings SETTINGS = CoreSettings.defaults();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path export(String name) throws URISyntaxException {
    return Path.of(OfflineDraftTest.class.getResource("/exports/" + name).toURI());
  }

  private static String golden(String name) throws IOException, URISyntaxException {
    return Files.readString(export(name), StandardCharsets.UTF_8);
  }

  /** The golden file, rewritten from the actual draft when run with -Dgolden.update=true. */
  private static void assertMatchesGolden(String actual, String name) throws Exception {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(
          Path.of("src/test/resources/exports", name), actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(golden(name));
  }

  private static String slack(String dir, String channel) throws Exception {
    return OfflineDraft.fromSlack(
        export(dir), Optional.ofNullable(channel), ExportFormat.MD, SETTINGS, NOW);
  }

  private static String discord(String file) throws Exception {
    return OfflineDraft.fromDiscord(export(file), ExportFormat.MD, SETTINGS, NOW);
  }

  @Test
  void theSeedSlackExportDraftsAsItsGoldenFile() throws Exception {
    assertMatchesGolden(
        slack("slack-export-seed-example", null), "slack-export-seed-example.draft.md");
  }

  @Test
  void theSeedDiscordExportDraftsAsItsGoldenFile() throws Exception {
    assertMatchesGolden(
        discord("discord-export-seed-example.json"), "discord-export-seed-example.draft.md");
  }

  @Test
  void aMultiDaySlackExportWithThreadsBotsAndNoiseDraftsAsItsGoldenFile() throws Exception {
    assertMatchesGolden(
        slack("slack-export-multiday", "inc-2026-117-embedding-drift"),
        "slack-export-multiday.draft.md");
  }

  @Test
  void aMultiDayDiscordExportWithRepliesAndPinsDraftsAsItsGoldenFile() throws Exception {
    assertMatchesGolden(
        discord("discord-export-multiday.json"), "discord-export-multiday.draft.md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"slack-export-seed-example", "discord-export-seed-example"})
  void theExpectedKeyEventsAppearOnTheTimelineAtTheirMinute(String fixture) throws Exception {
    JsonNode expected = JSON.readTree(export(fixture + ".expected.json").toFile());
    String draft = fixture.startsWith("slack") ? slack(fixture, null) : discord(fixture + ".json");

    assertThat(draft).startsWith("# Post-Incident Review: " + expected.get("title").asText());
    for (JsonNode minute : expected.get("events")) {
      assertThat(draft).contains("\n- " + minute.asText() + " UTC - ");
    }
    assertThat(draft).contains("- Duration: " + expected.get("duration_hours").asInt() + " hours ");
  }

  @Test
  void mentionsInTheExportStayInert() throws Exception {
    String draft = discord("discord-export-multiday.json");

    assertThat(draft).doesNotContain("@everyone").doesNotContain("<@&");
  }

  @Test
  void theJsonDraftCarriesTheTimeline() throws Exception {
    String json =
        OfflineDraft.fromDiscord(
            export("discord-export-seed-example.json"), ExportFormat.JSON, SETTINGS, NOW);

    JsonNode draft = JSON.readTree(json);
    assertThat(draft.get("incidentId").asText()).isEqualTo("AI-IR-2026-042");
    assertThat(draft.get("timeline")).hasSize(6);
    assertThat(draft.get("timeline").get(0).get("at").asText()).isEqualTo("2026-03-12T14:23:05Z");
    assertThat(draft.get("durationMinutes").asLong()).isEqualTo(366);
  }

  @Test
  void anExportWithSeveralChannelsAsksWhichOne() {
    assertThatThrownBy(() -> slack("slack-export-multiday", null))
        .isInstanceOf(ExportException.class)
        .hasMessage(
            "The export has 2 channels; name one with --channel:"
                + " [general, inc-2026-117-embedding-drift].");
    assertThatThrownBy(() -> slack("slack-export-multiday", "#nope"))
        .hasMessageStartingWith("No channel 'nope' in the export");
  }

  @Test
  void aFileThatIsNotADiscordExportIsRefused(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "[1, 2]");

    assertThatThrownBy(() -> OfflineDraft.fromDiscord(file, ExportFormat.MD, SETTINGS, NOW))
        .isInstanceOf(ExportException.class)
        .hasMessage(
            "x.json is not an export this can read: a DiscordChatExporter file is one JSON object"
                + " (line 1, column 1).");
  }

  @Test
  void aTruncatedSlackDayFileIsNamedWithWhereItBreaks(@TempDir Path dir) throws IOException {
    Path export = copyOfSlackSeed(dir);
    Path day = export.resolve("inc-2026-042-assistant-backdoor/2026-03-12.json");
    String whole = Files.readString(day);
    Files.writeString(day, whole.substring(0, whole.length() / 2));

    assertThatThrownBy(() -> slackAt(export))
        .isInstanceOf(ExportException.class)
        .hasMessageStartingWith("2026-03-12.json is not valid JSON (line ");
  }

  @Test
  void aSlackDayFileThatIsNotAListOfMessagesIsRefused(@TempDir Path dir) throws IOException {
    Path export = copyOfSlackSeed(dir);
    Files.writeString(
        export.resolve("inc-2026-042-assistant-backdoor/2026-03-12.json"), "{\"ts\": \"1\"}");

    assertThatThrownBy(() -> slackAt(export))
        .isInstanceOf(ExportException.class)
        .hasMessage(
            "2026-03-12.json is not an export this can read: expected messages as a JSON array"
                + " (line 1, column 1).");
  }

  @Test
  void aFolderWithoutChannelsIsNotASlackExport(@TempDir Path dir) {
    assertThatThrownBy(() -> slackAt(dir))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("is not a Slack export: it has no channels.json");
  }

  @Test
  void aDiscordExportWithoutMessagesIsRefused(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "{\"channel\": {\"name\": \"inc\"}}");

    assertThatThrownBy(() -> OfflineDraft.fromDiscord(file, ExportFormat.MD, SETTINGS, NOW))
        .isInstanceOf(ExportException.class)
        .hasMessageStartingWith("x.json has no \"messages\"");
  }

  @Test
  void aMessageWithAnUnreadableTimeNamesItsFile(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("x.json"),
            "{\"channel\": {\"name\": \"inc\"}, \"messages\": [{\"id\": \"7\","
                + " \"timestamp\": \"yesterday\", \"content\": \"hi\", \"author\": {\"id\": \"1\"}}]}");

    assertThatThrownBy(() -> OfflineDraft.fromDiscord(file, ExportFormat.MD, SETTINGS, NOW))
        .isInstanceOf(ExportException.class)
        .hasMessage("x.json: message 7 has no readable timestamp ('yesterday').");
  }

  private static String slackAt(Path export) throws IOException {
    return OfflineDraft.fromSlack(export, Optional.empty(), ExportFormat.MD, SETTINGS, NOW);
  }

  private static Path copyOfSlackSeed(Path dir) throws IOException {
    Path seed;
    try {
      seed = export("slack-export-seed-example");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (var files = Files.walk(seed)) {
      for (Path from : files.toList()) {
        Path to = dir.resolve(seed.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    return dir;
  }
}
