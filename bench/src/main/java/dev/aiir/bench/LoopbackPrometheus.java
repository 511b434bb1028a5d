package dev.aiir.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * A local Prometheus HTTP API ({@code /api/v1/query}, GET or form-encoded POST) on the JDK's HTTP
 * server: each query is answered with one series whose value {@link Values} gives for the query and
 * its evaluation time, or with an empty vector (no data) when it gives none. Enough of Prometheus
 * for the gate benchmark and for a drill; it keeps nothing per query.
 */
final class LoopbackPrometheus implements AutoCloseable {
  /** The value a query has at an evaluation time, as Prometheus writes it; empty for no data. */
  interface Values {
    Optional<String> at(String query, Instant time);
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final Values values;
  private final LongAdder answered = new LongAdder();

  LoopbackPrometheus(String host, int port, int threadCount, Values values) throws IOException {
    this.values = values;
    // The JDK's server writes a response's head and body apart; with Nagle's algorithm the body
    // then waits for the client's delayed acknowledgement, about 40 ms a query, which a real
    // Prometheus (one write) never adds. Read when the first server is made.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.threads = Executors.newFixedThreadPool(threadCount);
    server = HttpServer.create(new InetSocketAddress(host, port), 200);
    server.createContext("/api/v1/query", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  String url() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  /** How many queries it has answered. */
  long answered() {
    return answered.sum();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> params = new HashMap<>();
      read(exchange.getRequestURI().getRawQuery(), params);
      if (exchange.getRequestMethod().equals("POST")) {
        read(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), params);
      }
      String query = params.getOrDefault("query", "");
      Instant time = time(params.get("time"));
      String result =
          values
              .at(query, time)
              .map(v -> "[{\"metric\":{},\"value\":[" + seconds(time) + ",\"" + v + "\"]}]")
              .orElse("[]");
      byte[] body =
          ("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":"
                  + result
                  + "}}")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
      answered.increment();
    }
  }

  /** Prometheus's {@code time}: seconds since the epoch, with a fraction; now when absent. */
  private static Instant time(String text) {
    if (text == null || text.isBlank()) {
      return Instant.now();
    }
    double seconds = Double.parseDouble(text);
    return Instant.ofEpochMilli(Math.round(seconds * 1000));
  }

  private static String seconds(Instant time) {
    return String.format(Locale.ROOT, "%.3f", time.toEpochMilli() / 1000.0);
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
