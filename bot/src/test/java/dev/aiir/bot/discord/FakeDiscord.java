package dev.aiir.bot.discord;

import static dev.aiir.bot.discord.DiscordJson.APP_ID;
import static dev.aiir.bot.discord.DiscordJson.GUILD_ID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.awaitility.Awaitility;

/**
 * A local fake of Discord's REST API and gateway, enough for the real JDA client: it answers what
 * JDA asks, keeps the messages posted to it, and records every call for tests to read.
 */
final class FakeDiscord implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(10);
  private static final String PREFIX = "/api/v10/";
  private final HttpServer rest;
  private final ExecutorService restThreads = Executors.newFixedThreadPool(4);
  private final FakeGateway gateway;
  private final List<RestCall> calls = new CopyOnWriteArrayList<>();
  private final Map<String, DataObject> messages = new ConcurrentHashMap<>();

  FakeDiscord() throws IOException, InterruptedException {
    this(true);
  }

  /**
   * With {@code guildLoaded} false, READY lists no guilds and no GUILD_CREATE follows, as for an
   * app installed with the applications.commands scope only: JDA sees the server only through what
   * each interaction carries (a detached guild and member).
   */
  FakeDiscord(boolean guildLoaded) throws IOException, InterruptedException {
    rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    rest.createContext("/", this::handle);
    rest.setExecutor(restThreads);
    rest.start();
    gateway =
        guildLoaded
            ? new FakeGateway(() -> DiscordJson.ready(gatewayUrl()), DiscordJson::guild)
            : new FakeGateway(() -> DiscordJson.readyWithoutGuilds(gatewayUrl()), null);
    gateway.startAndWait();
  }

  String restUrl() {
    return "http://127.0.0.1:" + rest.getAddress().getPort() + PREFIX;
  }

  String gatewayUrl() {
    return gateway.url();
  }

  FakeGateway gateway() {
    return gateway;
  }

  List<RestCall> calls() {
    return List.copyOf(calls);
  }

  /** Waits (bounded) for a call that matches, and returns the first such. */
  RestCall await(Predicate<RestCall> match) {
    return await(match, WAIT);
  }

  /** The same, waiting at most {@code bound}: a jar starting up on a busy machine needs longer. */
  RestCall await(Predicate<RestCall> match, Duration bound) {
    return Awaitility.await()
        .atMost(bound)
        .pollInterval(Duration.ofMillis(10))
        .until(() -> calls.stream().filter(match).findFirst(), java.util.Optional::isPresent)
        .orElseThrow();
  }

  /** A message as if someone had written it in the channel. */
  DataObject seedMessage(String channelId, DiscordJson.Person author, String content, Instant at) {
    String id = DiscordJson.snowflake(at);
    DataObject message = DiscordJson.message(id, channelId, author.user(), content, at);
    messages.put(id, message);
    return message;
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] raw = exchange.getRequestBody().readAllBytes();
    String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
    String method = exchange.getRequestMethod();
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    Multipart.Parts body = Multipart.parse(contentType, raw);
    RestCall call =
        new RestCall(method, path, exchange.getRequestURI().getQuery(), body.json(), body.files());
    boolean refused = rateLimited(call);
    Answer answer =
        refused
            ? new Answer(
                429,
                "{\"message\":\"You are being rate limited.\",\"retry_after\":0.3,"
                    + "\"global\":false}")
            : failed(call) ? new Answer(400, INVALID_FORM_BODY) : answer(call);
    byte[] out =
        answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (refused) {
      exchange.getResponseHeaders().add("Retry-After", "1");
      exchange.getResponseHeaders().add("Via", "1.1 google"); // else JDA reads Cloudflare
      exchange.getResponseHeaders().add("X-RateLimit-Limit", "5");
      exchange.getResponseHeaders().add("X-RateLimit-Remaining", "0");
      exchange.getResponseHeaders().add("X-RateLimit-Reset-After", "0.3");
      exchange.getResponseHeaders().add("X-RateLimit-Bucket", "fake-bucket");
      exchange.getResponseHeaders().add("X-RateLimit-Scope", "user");
    }
    exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(out);
    }
    // Recorded only once answered, so a test that saw the call never shuts JDA down mid-request.
    calls.add(call);
  }

  private record Answer(int status, String body) {}

  private final java.util.concurrent.atomic.AtomicInteger limited =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile String limitedPath = "";

  /**
   * The next {@code times} calls whose "METHOD path" matches {@code call} are refused with HTTP
   * 429, Retry-After and Discord's rate-limit body, as Discord does under load.
   */
  void rateLimitNext(String call, int times) {
    limitedPath = call;
    limited.set(times);
  }

  private boolean rateLimited(RestCall call) {
    String[] methodAndPath = limitedPath.split(" ", 2);
    return methodAndPath.length == 2
        && call.is(methodAndPath[0], methodAndPath[1])
        && limited.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
  }

  private static final String INVALID_FORM_BODY =
      "{\"code\":50035,\"message\":\"Invalid Form Body\",\"errors\":{}}";
  private final java.util.concurrent.atomic.AtomicInteger failing =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile String failingPath = "";

  /**
   * The next {@code times} calls whose "METHOD path" matches {@code call} are refused with HTTP 400
   * Invalid Form Body, as Discord refuses a message it will not take.
   */
  void failNext(String call, int times) {
    failingPath = call;
    failing.set(times);
  }

  private boolean failed(RestCall call) {
    String[] methodAndPath = failingPath.split(" ", 2);
    return methodAndPath.length == 2
        && call.is(methodAndPath[0], methodAndPath[1])
        && failing.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
  }

  /** The guild's members are the test's people; anyone else is unknown there. */
  private Answer member(String userId) {
    return java.util.stream.Stream.of(DiscordJson.MAYA, DiscordJson.SAM, DiscordJson.LEE)
        .filter(person -> person.id().equals(userId))
        .findFirst()
        .map(person -> ok(person.member()))
        .orElse(new Answer(404, "{\"code\":10007,\"message\":\"Unknown Member\"}"));
  }

  private Answer answer(RestCall call) {
    if (call.is("GET", "users/@me")) {
      return ok(DiscordJson.botUser());
    }
    if (call.is("GET", "users/\\d+")) {
      String id = call.path().substring("users/".length());
      return ok(DiscordJson.user(id, "user-" + id.substring(id.length() - 1), false));
    }
    if (call.is("GET", "guilds/\\d+/members/\\d+")) {
      return member(call.path().replaceAll(".*/", ""));
    }
    if (call.is("PUT", "applications/\\d+(/guilds/\\d+)?/commands")) {
      return new Answer(200, registered(call).toString());
    }
    if (call.is("POST", "interactions/\\d+/[^/]+/callback")
        || call.is("DELETE", "webhooks/\\d+/[^/]+/messages/@original")) {
      return new Answer(204, null);
    }
    if (call.is("PATCH", "webhooks/\\d+/[^/]+/messages/@original")
        || call.is("POST", "webhooks/\\d+/[^/]+")) {
      return ok(posted(DiscordJson.CHANNEL_ID, call).put("webhook_id", APP_ID));
    }
    if (call.is("GET", "channels/\\d+/messages/\\d+")) {
      DataObject message = messages.get(call.path().replaceAll(".*/", ""));
      return message == null
          ? new Answer(404, "{\"code\":10008,\"message\":\"Unknown Message\"}")
          : ok(message);
    }
    if (call.is("GET", "channels/\\d+/messages")) {
      return new Answer(200, history(call).toString());
    }
    if (call.is("POST", "channels/\\d+/messages")) {
      DataObject message = posted(call.path().split("/")[1], call);
      messages.put(message.getString("id"), message);
      return ok(message);
    }
    if (call.is("POST", "users/@me/channels")) {
      String recipient = call.body().getString("recipient_id");
      return ok(
          DataObject.empty()
              .put("id", DiscordJson.snowflake())
              .put("type", 1)
              .put("last_message_id", null)
              .put("recipients", DataArray.empty().add(DiscordJson.user(recipient, "dm", false))));
    }
    if (call.is("POST", "guilds/\\d+/channels")) {
      DataObject body = call.body();
      return ok(
          DiscordJson.textChannel(
                  DiscordJson.snowflake(),
                  body.getString("name"),
                  body.getString("parent_id", null))
              .put("type", body.getInt("type", 0)));
    }
    return new Answer(404, "{\"code\":0,\"message\":\"the fake does not serve this\"}");
  }

  private static Answer ok(DataObject body) {
    return new Answer(200, body.toString());
  }

  private static DataArray registered(RestCall call) {
    DataArray commands = call.bodyArray();
    DataArray answer = DataArray.empty();
    for (int i = 0; i < commands.length(); i++) {
      DataObject command = commands.getObject(i);
      command
          .put("id", DiscordJson.COMMAND_ID)
          .put("application_id", APP_ID)
          .put("version", DiscordJson.COMMAND_ID);
      if (call.path().contains("/guilds/")) {
        command.put("guild_id", GUILD_ID);
      }
      answer.add(command);
    }
    return answer;
  }

  private static DataObject posted(String channelId, RestCall call) {
    DataObject body = call.body();
    DataObject message =
        DiscordJson.message(
            DiscordJson.snowflake(),
            channelId,
            DiscordJson.botUser(),
            body.getString("content", ""),
            Instant.now());
    DataArray embeds = body.optArray("embeds").orElseGet(DataArray::empty);
    for (int i = 0; i < embeds.length(); i++) {
      embeds.getObject(i).put("type", "rich"); // as Discord stores every bot embed
    }
    message.put("embeds", embeds);
    message.put("flags", body.getInt("flags", 0));
    message.put("components", numbered(body.optArray("components").orElseGet(DataArray::empty)));
    return message;
  }

  /** Components as Discord stores them: each with its own numeric id. */
  private static DataArray numbered(DataArray rows) {
    int next = 1;
    for (int r = 0; r < rows.length(); r++) {
      DataObject row = rows.getObject(r).put("id", next++);
      DataArray children = row.optArray("components").orElseGet(DataArray::empty);
      for (int c = 0; c < children.length(); c++) {
        children.getObject(c).put("id", next++);
      }
    }
    return rows;
  }

  /** The message posted last in a channel, as Discord keeps it (buttons included). */
  DataObject lastMessageIn(String channelId) {
    return messages.values().stream()
        .filter(m -> m.getString("channel_id").equals(channelId))
        .max(Comparator.comparingLong(m -> Long.parseLong(m.getString("id"))))
        .orElseThrow();
  }

  private DataArray history(RestCall call) {
    String channelId = call.path().split("/")[1];
    Map<String, String> query = Multipart.query(call.query());
    long after = Long.parseLong(query.getOrDefault("after", "0"));
    int limit = Integer.parseInt(query.getOrDefault("limit", "50"));
    List<DataObject> page =
        messages.values().stream()
            .filter(m -> m.getString("channel_id").equals(channelId))
            .filter(m -> Long.parseLong(m.getString("id")) > after)
            .sorted(Comparator.comparingLong(m -> Long.parseLong(m.getString("id"))))
            .limit(limit)
            .toList();
    DataArray newestFirst = DataArray.empty();
    for (int i = page.size() - 1; i >= 0; i--) {
      newestFirst.add(page.get(i));
    }
    return newestFirst;
  }

  @Override
  public void close() throws Exception {
    gateway.stop(1000);
    rest.stop(0);
    restThreads.shutdownNow();
  }
}
