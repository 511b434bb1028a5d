package dev.aiir.bot.slack;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's Web API on 127.0.0.1, as far as aiir uses it: it records every call, serves scripted
 * channel histories in small pages (threads included), refuses taken channel names, takes file
 * uploads, answers {@code apps.connections.open} with a local WebSocket URL, collects what is
 * posted to {@code response_url}, and can answer a method with HTTP 429 a few times.
 */
public final class FakeSlack implements AutoCloseable {
  public static final String TEAM = "T1";

  /** One Web API call: the method and its form parameters. */
  record Call(String method, Map<String, String> params) {}

  /** A message in a scripted channel. */
  record FakeMessage(String ts, String user, String text, String threadTs, List<String> reactions) {
    static FakeMessage of(String ts, String user, String text) {
      return new FakeMessage(ts, user, text, null, List.of());
    }

    FakeMessage inThread(String parentTs) {
      return new FakeMessage(ts, user, text, parentTs, reactions);
    }
  }

  private final Gson gson = new Gson();
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final List<Call> calls = new ArrayList<>();
  private final List<String> responses = new ArrayList<>();
  private final Map<String, byte[]> uploads = new LinkedHashMap<>();
  private final Map<String, List<FakeMessage>> channels = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Set<String> takenNames = new HashSet<>();
  private final Map<String, Integer> rateLimited = new HashMap<>();
  private final Map<String, List<String>> userGroups = new HashMap<>();
  private final Map<String, Map<String, Object>> posted = new LinkedHashMap<>();
  private final Map<String, String> failing = new HashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private int pageSize = 100;
  private int retryAfterSeconds = 1;
  private boolean responseUrlExpired;
  private String socketUrl = "ws://127.0.0.1:1/";

  public FakeSlack() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/", this::api);
    server.createContext("/respond", this::respond);
    server.createContext("/upload/", this::upload);
    server.setExecutor(threads);
    server.start();
  }

  public String apiUrl() {
    return base() + "/api/";
  }

  public String responseUrl() {
    return base() + "/respond";
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  synchronized FakeSlack withUser(String id, String displayName) {
    names.put(id, displayName);
    return this;
  }

  /** Messages of a channel, oldest first; thread replies carry their parent's ts. */
  synchronized FakeSlack withChannel(String channel, List<FakeMessage> messages) {
    channels.put(channel, new ArrayList<>(messages));
    return this;
  }

  /** A user group and its members, as {@code usergroups.users.list} answers. */
  synchronized FakeSlack withUserGroup(String group, List<String> members) {
    userGroups.put(group, List.copyOf(members));
    return this;
  }

  synchronized FakeSlack withPageSize(int size) {
    pageSize = size;
    return this;
  }

  synchronized FakeSlack withTakenName(String name) {
    takenNames.add(name);
    return this;
  }

  synchronized FakeSlack withSocketUrl(String url) {
    socketUrl = url;
    return this;
  }

  /** The next {@code times} calls of {@code method} get HTTP 429 with this Retry-After. */
  synchronized FakeSlack rateLimit(String method, int times, int retryAfter) {
    rateLimited.put(method, times);
    retryAfterSeconds = retryAfter;
    return this;
  }

  /** Every later answer to {@code response_url} gets 404 {@code expired_url}, as Slack's does. */
  synchronized FakeSlack expiringResponseUrls() {
    responseUrlExpired = true;
    return this;
  }

  /** Every later call of {@code method} answers {@code ok: false} with this error. */
  synchronized FakeSlack failing(String method, String error) {
    failing.put(method, error);
    return this;
  }

  /** The messages the bot posted in a channel, oldest first, as Slack would hand them back. */
  synchronized List<Map<String, Object>> postedIn(String channel) {
    return posted.entrySet().stream()
        .filter(e -> e.getKey().startsWith(channel + "/"))
        .map(Map.Entry::getValue)
        .toList();
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  synchronized List<String> responses() {
    return List.copyOf(responses);
  }

  synchronized Map<String, byte[]> uploads() {
    return Map.copyOf(uploads);
  }

  private void api(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    Map<String, String> params =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Object answer;
    synchronized (this) {
      calls.add(new Call(method, params));
      int limited = rateLimited.getOrDefault(method, 0);
      if (limited > 0) {
        rateLimited.put(method, limited - 1);
        exchange.getResponseHeaders().set("Retry-After", Integer.toString(retryAfterSeconds));
        send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
        return;
      }
      answer =
          failing.containsKey(method)
              ? Map.of("ok", false, "error", failing.get(method))
              : answer(method, params);
    }
    send(exchange, 200, gson.toJson(answer));
  }

  private Object answer(String method, Map<String, String> p) {
    switch (method) {
      case "auth.test":
        return Map.of("ok", true, "team_id", TEAM, "user_id", "UBOT", "bot_id", "BBOT");
      case "chat.postMessage":
        return Map.of("ok", true, "channel", p.get("channel"), "ts", remember(p, nextTs()));
      case "chat.update":
        remember(p, p.get("ts"));
        return Map.of("ok", true, "channel", p.get("channel"), "ts", p.get("ts"));
      case "views.open":
        return Map.of("ok", true, "view", Map.of("id", "V" + ids.incrementAndGet()));
      case "users.info":
        return user(p.get("user"));
      case "conversations.history":
        return history(p);
      case "conversations.replies":
        return replies(p);
      case "conversations.create":
        return create(p.get("name"));
      case "conversations.open":
        return Map.of("ok", true, "channel", Map.of("id", "D" + p.get("users")));
      case "files.getUploadURLExternal":
        String file = "F" + ids.incrementAndGet();
        return Map.of("ok", true, "upload_url", base() + "/upload/" + file, "file_id", file);
      case "files.completeUploadExternal":
        return Map.of("ok", true, "files", List.of(Map.of("id", "F" + ids.get())));
      case "usergroups.users.list":
        return userGroups.containsKey(p.get("usergroup"))
            ? Map.of("ok", true, "users", userGroups.get(p.get("usergroup")))
            : Map.of("ok", false, "error", "no_such_subteam");
      case "apps.connections.open":
        return Map.of("ok", true, "url", socketUrl);
      default:
        return Map.of("ok", true);
    }
  }

  private Object user(String id) {
    String name = names.getOrDefault(id, id.toLowerCase(java.util.Locale.ROOT));
    return Map.of(
        "ok",
        true,
        "user",
        Map.of("id", id, "name", name, "profile", Map.of("display_name", name)));
  }

  /**
   * Keeps what the bot posts or updates, so that a lookup of that one message (latest = oldest =
   * its ts) finds it; paging through a channel still serves only the scripted history.
   */
  private String remember(Map<String, String> p, String ts) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", "message");
    message.put("ts", ts);
    message.put("bot_id", "BBOT");
    message.put("text", p.getOrDefault("text", ""));
    if (p.get("blocks") != null) {
      message.put("blocks", gson.fromJson(p.get("blocks"), List.class));
    }
    posted.put(p.get("channel") + "/" + ts, message);
    return ts;
  }

  /** Newest first, as Slack pages; {@code latest}/{@code oldest} bound it for single lookups. */
  private Object history(Map<String, String> p) {
    String key = p.get("channel") + "/" + p.get("latest");
    if (p.get("latest") != null
        && p.get("latest").equals(p.get("oldest"))
        && posted.containsKey(key)) {
      return Map.of("ok", true, "messages", List.of(posted.get(key)), "has_more", false);
    }
    List<FakeMessage> top =
        new ArrayList<>(
            channels.getOrDefault(p.get("channel"), List.of()).stream()
                .filter(m -> m.threadTs() == null || m.threadTs().equals(m.ts()))
                .filter(m -> within(m, p))
                .toList());
    java.util.Collections.reverse(top);
    return page(top, p, m -> json(p.get("channel"), m));
  }

  private Object replies(Map<String, String> p) {
    String parent = p.get("ts");
    List<FakeMessage> all = channels.getOrDefault(p.get("channel"), List.of());
    String thread =
        all.stream()
            .filter(m -> m.ts().equals(parent) && m.threadTs() != null)
            .map(FakeMessage::threadTs)
            .findFirst()
            .orElse(parent);
    List<FakeMessage> inThread =
        all.stream()
            .filter(m -> m.ts().equals(thread) || thread.equals(m.threadTs()))
            .filter(m -> m.ts().equals(thread) || within(m, p))
            .toList();
    return page(inThread, p, m -> json(p.get("channel"), m));
  }

  private static boolean within(FakeMessage m, Map<String, String> p) {
    double ts = Double.parseDouble(m.ts());
    boolean inclusive = "1".equals(p.get("inclusive")) || "true".equals(p.get("inclusive"));
    if (p.get("latest") != null) {
      double latest = Double.parseDouble(p.get("latest"));
      if (inclusive ? ts > latest : ts >= latest) {
        return false;
      }
    }
    if (p.get("oldest") != null) {
      double oldest = Double.parseDouble(p.get("oldest"));
      return inclusive ? ts >= oldest : ts > oldest;
    }
    return true;
  }

  private Object page(
      List<FakeMessage> messages,
      Map<String, String> p,
      java.util.function.Function<FakeMessage, Map<String, Object>> toJson) {
    int from = p.get("cursor") == null ? 0 : Integer.parseInt(p.get("cursor"));
    int limit =
        Math.min(pageSize, p.get("limit") == null ? 1000 : Integer.parseInt(p.get("limit")));
    int to = Math.min(messages.size(), from + limit);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("ok", true);
    answer.put("messages", messages.subList(from, to).stream().map(toJson).toList());
    answer.put("has_more", to < messages.size());
    answer.put("response_metadata", Map.of("next_cursor", to < messages.size() ? "" + to : ""));
    return answer;
  }

  private Map<String, Object> json(String channel, FakeMessage m) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", "message");
    json.put("ts", m.ts());
    json.put("user", m.user());
    json.put("text", m.text());
    if (m.threadTs() != null) {
      json.put("thread_ts", m.threadTs());
    }
    long replies =
        channels.get(channel).stream().filter(r -> m.ts().equals(r.threadTs()) && r != m).count();
    if (replies > 0) {
      json.put("thread_ts", m.ts());
      json.put("reply_count", replies);
    }
    if (!m.reactions().isEmpty()) {
      json.put(
          "reactions", m.reactions().stream().map(r -> Map.of("name", r, "count", 1)).toList());
    }
    return json;
  }

  private Object create(String name) {
    if (!takenNames.add(name)) {
      return Map.of("ok", false, "error", "name_taken");
    }
    return Map.of("ok", true, "channel", Map.of("id", "C" + ids.incrementAndGet(), "name", name));
  }

  private String nextTs() {
    return (System.currentTimeMillis() / 1000) + "." + String.format("%06d", ids.incrementAndGet());
  }

  private void respond(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    synchronized (this) {
      if (responseUrlExpired) {
        send(exchange, 404, "expired_url");
        return;
      }
      responses.add(body);
    }
    send(exchange, 200, "ok");
  }

  private void upload(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    synchronized (this) {
      uploads.put(exchange.getRequestURI().getPath().substring("/upload/".length()), body);
    }
    send(exchange, 200, "OK");
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return params;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(key, value);
    }
    return params;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
