package dev.aiir.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The least of Slack's Web API that the bot needs to serve slash commands, on 127.0.0.1: {@code
 * auth.test} names a workspace and every other method (and {@code response_url}) says ok. For the
 * benchmark only; the tests use a fuller fake.
 */
final class LoopbackSlackApi implements AutoCloseable {
  static final String TEAM = "TBENCH";
  private final HttpServer server;

  LoopbackSlackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  /** The base URL to give as {@code SLACK_API_URL}. */
  String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  String responseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond";
  }

  private void answer(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    String path = exchange.getRequestURI().getPath();
    String body =
        path.endsWith("/auth.test")
            ? "{\"ok\":true,\"team_id\":\"" + TEAM + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}"
            : "{\"ok\":true}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
