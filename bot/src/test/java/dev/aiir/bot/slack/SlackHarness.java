package dev.aiir.bot.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import dev.aiir.bot.app.BotServer;
import dev.aiir.bot.app.WarmUpPlan;
import dev.aiir.bot.config.Settings;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.db.Database;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The real bot (Bolt, Jetty, the core, SQLite in a temp folder) against {@link FakeSlack}, with a
 * client that sends requests the way Slack does: form-encoded slash commands and JSON events, each
 * signed with the signing secret (or forged, or stale, when a test asks).
 */
final class SlackHarness implements AutoCloseable {
  static final String SECRET = "test-signing-secret";
  final FakeSlack slack;
  final BotServer server;
  private final String dbUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  /** An acknowledgement: the HTTP status and, for a command, the JSON answer. */
  record Ack(int status, String body) {
    JsonObject json() {
      return JsonParser.parseString(body).getAsJsonObject();
    }

    String text() {
      return json().get("text").getAsString();
    }

    String responseType() {
      return json().get("response_type").getAsString();
    }
  }

  SlackHarness(Path dir, Map<String, String> env) throws Exception {
    this(dir, env, new FakeSlack());
  }

  SlackHarness(Path dir, Map<String, String> env, FakeSlack slack) throws Exception {
    this(dir, env, slack, WarmUpPlan.NONE);
  }

  SlackHarness(Path dir, Map<String, String> env, FakeSlack slack, WarmUpPlan warmUp)
      throws Exception {
    this(dir, env, slack, warmUp, Duration.ZERO);
  }

  /** With the timers' reconciliation waiting up to {@code headStart} for the first command. */
  SlackHarness(
      Path dir, Map<String, String> env, FakeSlack slack, WarmUpPlan warmUp, Duration headStart)
      throws Exception {
    this.slack = slack;
    this.dbUrl = "jdbc:sqlite:" + dir.resolve("aiir.db");
    Map<String, String> all = new HashMap<>();
    all.put("AIIR_DB_URL", dbUrl);
    all.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    all.put("SLACK_SIGNING_SECRET", SECRET);
    all.put("SLACK_API_URL", slack.apiUrl());
    all.put("PORT", "0");
    all.putAll(env);
    Sleeper noWait = duration -> {};
    this.server =
        BotServer.start(
            Settings.fromEnvironment(all),
            Optional.empty(),
            Clock.systemUTC(),
            noWait,
            "127.0.0.1",
            warmUp,
            headStart);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  Ack command(String user, String channel, String text) throws Exception {
    return command(FakeSlack.TEAM, user, channel, text);
  }

  Ack command(String team, String user, String channel, String text) throws Exception {
    return post(commandBody(team, user, channel, text), nowSeconds(), SECRET);
  }

  String commandBody(String team, String user, String channel, String text) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy");
    form.put("team_id", team);
    form.put("channel_id", channel);
    form.put("user_id", user);
    form.put("user_name", user.toLowerCase(java.util.Locale.ROOT));
    form.put("command", "/incident");
    form.put("text", text);
    form.put("response_url", slack.responseUrl());
    form.put("trigger_id", "1.2.3");
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A reaction event, as Slack's Events API posts it. */
  String reactionEvent(String type, String eventId, String user, String channel, String ts) {
    return "{\"token\":\"legacy\",\"team_id\":\""
        + FakeSlack.TEAM
        + "\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\""
        + eventId
        + "\",\"event_time\":"
        + nowSeconds()
        + ",\"event\":{\"type\":\""
        + type
        + "\",\"user\":\""
        + user
        + "\",\"reaction\":\"pushpin\",\"item_user\":\"U2\",\"item\":{\"type\":\"message\","
        + "\"channel\":\""
        + channel
        + "\",\"ts\":\""
        + ts
        + "\"},\"event_ts\":\""
        + nowSeconds()
        + ".000100\"}}";
  }

  Ack post(String body, long timestamp, String secret) throws Exception {
    return post(body, timestamp, secret, Map.of());
  }

  /** A signed request with extra headers, such as Slack's {@code X-Slack-Retry-Num}. */
  Ack post(String body, long timestamp, String secret, Map<String, String> headers)
      throws Exception {
    String ts = Long.toString(timestamp);
    String signature = new SlackSignature.Generator(secret).generate(ts, body);
    String type = body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded";
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri("/slack/events"));
    headers.forEach(builder::header);
    HttpRequest request =
        builder
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", type)
            .header("X-Slack-Request-Timestamp", ts)
            .header("X-Slack-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Ack(response.statusCode(), response.body());
  }

  /** A signed interactive payload ({@code payload=<json>}), as {@link SlackPayloads} builds. */
  Ack interact(String body) throws Exception {
    return post(body, nowSeconds(), SECRET);
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static long nowSeconds() {
    return System.currentTimeMillis() / 1000;
  }

  Optional<Incident> incident(String team, String id) {
    try (Database database = Database.open(dbUrl)) {
      return database
          .incidents()
          .inTransaction(
              new Tenant(Platform.SLACK, team), tx -> tx.incidents().find(new IncidentId(id)));
    }
  }

  List<TimelineEntry> timeline(String id) {
    try (Database database = Database.open(dbUrl)) {
      return database
          .incidents()
          .inTransaction(
              new Tenant(Platform.SLACK, FakeSlack.TEAM),
              tx -> tx.timeline().of(new IncidentId(id)));
    }
  }

  Optional<Rollout> rollout(String id) {
    try (Database database = Database.open(dbUrl)) {
      return database
          .incidents()
          .inTransaction(
              new Tenant(Platform.SLACK, FakeSlack.TEAM),
              tx -> tx.rollouts().of(new IncidentId(id)));
    }
  }

  /** Every workspace with an incident in the bot's store. */
  List<Tenant> tenants() {
    try (Database database = Database.open(dbUrl)) {
      return database.incidents().tenants();
    }
  }

  @Override
  public void close() {
    server.close();
    slack.close();
  }
}
