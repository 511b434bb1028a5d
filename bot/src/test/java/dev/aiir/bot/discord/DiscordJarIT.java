package dev.aiir.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, served as an operator would with DISCORD_TOKEN, against the fake Discord. */
class DiscordJarIT {
  /**
   * How long the jar may take to start and register /incident: about 12 s was seen on the shared
   * 2-core machine under load (JDA's connection alone took 6 s), past the fake's usual 10 s.
   */
  @TempDir Path dir;

  @Test
  void serveWithADiscordTokenRegistersAnswersAndStopsCleanlyOnSigterm() throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      Path err = dir.resolve("err.txt");
      ProcessBuilder builder =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-jar",
              Path.of("target", "aiir-bot.jar").toAbsolutePath().toString(),
              "serve");
      builder.environment().remove("SLACK_BOT_TOKEN");
      builder.environment().put("DISCORD_TOKEN", DiscordHarness.TOKEN);
      builder.environment().put("DISCORD_API_URL", discord.restUrl());
      builder.environment().put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
      builder.environment().put("AIIR_DISCORD_GUILD", DiscordJson.GUILD_ID);
      builder.environment().put("PORT", "0");
      builder.environment().put("AIIR_DB_URL", "jdbc:sqlite:" + dir.resolve("aiir.db"));
      builder.redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile());
      Process process = builder.start();
      try {
        discord.await(
            c -> c.is("PUT", "applications/\\d+/guilds/\\d+/commands"), FakeDiscord.JAR_START);
        String id = DiscordJson.snowflake();
        discord
            .gateway()
            .dispatch(
                "INTERACTION_CREATE",
                DiscordJson.interaction(
                    id,
                    "jar-token",
                    DiscordJson.MAYA,
                    DiscordJson.CHANNEL_ID,
                    Slash.of("declare").with("title", "GPU OOM").options(),
                    null));
        RestCall callback =
            discord.await(c -> c.is("POST", "interactions/" + id + "/jar-token/callback"));

        assertThat(callback.text()).contains("Incident AI-IR-2026-001 declared: GPU OOM");
        assertThat(get(port(err), "/healthz"))
            .isEqualTo(
                "{\"status\":\"up\",\"database\":\"up\",\"scheduler\":\"running\",\"discord_gateway\":\"active\"}");
        assertThat(get(port(err), "/metrics"))
            .contains("aiir_commands_total{command=\"declare\",outcome=\"answered\"} 1.0")
            .contains("aiir_acknowledgement_seconds_count{platform=\"discord\"} 1");
      } finally {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
      }
      List<String> log = Files.readAllLines(err, StandardCharsets.UTF_8);
      assertThat(log).anyMatch(line -> line.contains("registered /incident in guild"));
      assertThat(log).noneMatch(line -> line.contains(DiscordHarness.TOKEN));
      // Nothing the bot sent to Discord (bodies, queries, uploads) carries its token either.
      assertThat(discord.calls().toString()).doesNotContain(DiscordHarness.TOKEN);
      assertThat(log).noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
    }
  }

  @Test
  void serveAnswersAServerOutsideItsCacheFromOutside() throws Exception {
    try (FakeDiscord discord = new FakeDiscord(false)) {
      ProcessBuilder builder =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-jar",
              Path.of("target", "aiir-bot.jar").toAbsolutePath().toString(),
              "serve");
      builder.environment().remove("SLACK_BOT_TOKEN");
      builder.environment().remove("AIIR_DISCORD_GUILD");
      builder.environment().put("DISCORD_TOKEN", DiscordHarness.TOKEN);
      builder.environment().put("DISCORD_API_URL", discord.restUrl());
      builder.environment().put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
      builder.environment().put("AIIR_DISCORD_ADMIN_ROLES", DiscordJson.ADMIN_ROLE_ID);
      builder.environment().put("PORT", "0");
      builder.environment().put("AIIR_DB_URL", "jdbc:sqlite:" + dir.resolve("aiir.db"));
      builder
          .redirectError(dir.resolve("err.txt").toFile())
          .redirectOutput(dir.resolve("out.txt").toFile());
      Process process = builder.start();
      try {
        discord.await(c -> c.is("PUT", "applications/\\d+/commands"), FakeDiscord.JAR_START);
        assertThat(run(discord, DiscordJson.SAM, Slash.of("declare").with("title", "GPU OOM")))
            .contains("Incident AI-IR-2026-001 declared: GPU OOM");
        assertThat(run(discord, DiscordJson.MAYA, Slash.of("sev").with("level", 1)))
            .contains("Severity upgraded to SEV-1");
        assertThat(run(discord, DiscordJson.SAM, Slash.of("resolve").with("summary", "ok")))
            .startsWith("AI-IR-2026-001 resolved");
      } finally {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
      }
    }
  }

  private static String run(FakeDiscord discord, DiscordJson.Person who, Slash command) {
    String id = DiscordJson.snowflake();
    String token = "jar-token-" + id;
    discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE",
            DiscordJson.interaction(
                id, token, who, DiscordJson.CHANNEL_ID, command.options(), null));
    return discord
        .await(c -> c.is("POST", "interactions/" + id + "/" + token + "/callback"))
        .text();
  }

  /** The port the jar chose (PORT=0), from its log line. */
  private static int port(Path err) throws Exception {
    Pattern listening = Pattern.compile("HTTP listening on [^:]+:(\\d+)");
    for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
      Matcher m = listening.matcher(line);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError("the jar logged no HTTP port");
  }

  private static String get(int port, String path) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
