package dev.aiir.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.app_backend.SlackSignature;
import dev.aiir.bot.slack.FakeSlack;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar served with both SLACK_BOT_TOKEN and DISCORD_TOKEN: one process answers both
 * platforms on one store, and stops on SIGTERM.
 */
class SlackAndDiscordJarIT {
  private static final String SECRET = "signing-both";

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void serveWithBothTokensAnswersSlackAndDiscordFromOneStoreAndStopsOnSigterm() throws Exception {
    try (FakeDiscord discord = new FakeDiscord();
        FakeSlack slack = new FakeSlack()) {
      int port = freePort();
      Path db = dir.resolve("aiir.db");
      Path err = dir.resolve("err.txt");
      ProcessBuilder builder =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-jar",
              Path.of("target", "aiir-bot.jar").toAbsolutePath().toString(),
              "serve");
      builder
          .environment()
          .keySet()
          .removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
      builder.environment().put("SLACK_BOT_TOKEN", "xoxb-both");
      builder.environment().put("SLACK_SIGNING_SECRET", SECRET);
      builder.environment().put("SLACK_API_URL", slack.apiUrl());
      builder.environment().put("DISCORD_TOKEN", DiscordHarness.TOKEN);
      builder.environment().put("DISCORD_API_URL", discord.restUrl());
      builder.environment().put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
      builder.environment().put("AIIR_DISCORD_GUILD", DiscordJson.GUILD_ID);
      builder.environment().put("PORT", Integer.toString(port));
      builder.environment().put("AIIR_DB_URL", "jdbc:sqlite:" + db);
      builder.redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile());
      Process process = builder.start();
      try {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> healthy(port));
        discord.await(
            c -> c.is("PUT", "applications/\\d+/guilds/\\d+/commands"), FakeDiscord.JAR_START);

        String slackAnswer = postSlack(port, slackCommand(slack, "declare Slack side down"));
        assertThat(slackAnswer).contains("Incident AI-IR-2026-001 declared: Slack side down");

        String id = DiscordJson.snowflake();
        discord
            .gateway()
            .dispatch(
                "INTERACTION_CREATE",
                DiscordJson.interaction(
                    id,
                    "both-token",
                    DiscordJson.MAYA,
                    DiscordJson.CHANNEL_ID,
                    Slash.of("declare").with("title", "Discord side down").options(),
                    null));
        RestCall callback =
            discord.await(c -> c.is("POST", "interactions/" + id + "/both-token/callback"));
        // Each tenant numbers its own incidents: both are the first of their year.
        assertThat(callback.text()).contains("Incident AI-IR-2026-001 declared: Discord side down");

        assertThat(get(port, "/healthz")).contains("\"discord_gateway\":\"active\"");
        assertThat(get(port, "/metrics"))
            .contains("aiir_commands_total{command=\"declare\",outcome=\"answered\"} 2.0");
      } finally {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
      }
      assertThat(incidents(db))
          .containsExactlyInAnyOrder(
              "discord/" + DiscordJson.GUILD_ID + "/Discord side down",
              "slack/" + FakeSlack.TEAM + "/Slack side down");
      List<String> log = Files.readAllLines(err, StandardCharsets.UTF_8);
      assertThat(log).noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
      assertThat(log).anyMatch(line -> line.contains("registered /incident in guild"));
    }
  }

  /** Every incident in the one SQLite file, as platform/workspace/title. */
  private static List<String> incidents(Path db) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT tenant_platform, tenant_workspace, title FROM incidents")) {
      while (result.next()) {
        rows.add(
            result.getString(1).toLowerCase()
                + "/"
                + result.getString(2)
                + "/"
                + result.getString(3));
      }
    }
    return rows;
  }

  private static String slackCommand(FakeSlack slack, String text) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("team_id", FakeSlack.TEAM);
    form.put("channel_id", "CBOTH");
    form.put("user_id", "U1");
    form.put("user_name", "maya");
    form.put("command", "/incident");
    form.put("text", text);
    form.put("response_url", slack.responseUrl());
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private String postSlack(int port, String body) throws Exception {
    String ts = Long.toString(System.currentTimeMillis() / 1000);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Slack-Request-Timestamp", ts)
            .header("X-Slack-Signature", new SlackSignature.Generator(SECRET).generate(ts, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private boolean healthy(int port) throws Exception {
    return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode()
        == 200;
  }

  private String get(int port, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
