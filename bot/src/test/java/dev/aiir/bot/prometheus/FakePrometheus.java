package dev.aiir.bot.prometheus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local Prometheus HTTP API for tests: {@code /api/v1/query} by GET or form-encoded POST,
 * answering each query with the wire JSON a test sets (an empty vector otherwise), optionally
 * slowly. It records every request: method, query, time and the Authorization header.
 */
final class FakePrometheus implements AutoCloseable {
  /** One request as it arrived. */
  record Request(String method, String query, String time, String authorization) {}

  private record Reply(int status, String body) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile Duration delay = Duration.ZERO;

  FakePrometheus() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/query", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * {@code query} answers one series with these labels and this value (as Prometheus writes it).
   */
  FakePrometheus series(String query, String value, String... labels) {
    return answer(query, 200, success("vector", "[" + sample(value, labels) + "]"));
  }

  /** {@code query} answers with this HTTP status and body. */
  FakePrometheus answer(String query, int status, String body) {
    replies.put(query, new Reply(status, body));
    return this;
  }

  /** Every answer takes this long from now on. */
  FakePrometheus slow(Duration value) {
    delay = value;
    return this;
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  static String success(String type, String result) {
    return "{\"status\":\"success\",\"data\":{\"resultType\":\""
        + type
        + "\",\"result\":"
        + result
        + "}}";
  }

  /** {@code {"metric":{"k":"v"},"value":[1773324000.123,"0.83"]}}; labels as k=v pairs. */
  static String sample(String value, String... labels) {
    List<String> pairs = new ArrayList<>();
    for (String label : labels) {
      int eq = label.indexOf('=');
      pairs.add("\"" + label.substring(0, eq) + "\":\"" + label.substring(eq + 1) + "\"");
    }
    return "{\"metric\":{"
        + String.join(",", pairs)
        + "},\"value\":[1773324000.123,\""
        + value
        + "\"]}";
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, String> params = new HashMap<>();
    read(exchange.getRequestURI().getRawQuery(), params);
    if (exchange.getRequestMethod().equals("POST")) {
      read(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), params);
    }
    requests.add(
        new Request(
            exchange.getRequestMethod(),
            params.get("query"),
            params.get("time"),
            exchange.getRequestHeaders().getFirst("Authorization")));
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Reply reply =
        replies.getOrDefault(params.get("query"), new Reply(200, success("vector", "[]")));
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void read(String form, Map<String, String> into) {
    if (form == null || form.isEmpty()) {
      return;
    }
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      into.put(key.toLowerCase(Locale.ROOT), value);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
