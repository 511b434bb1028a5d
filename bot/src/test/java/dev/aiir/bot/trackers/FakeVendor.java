package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vendor's REST API on 127.0.0.1 (the JDK's HttpServer), as MockWebServer would be: it records
 * every request (method, raw path, query, headers, body), answers from routes that the vendor's
 * fake registers, refuses requests without the expected credential (401), and can answer the next
 * requests with scripted failures (a 429 with Retry-After, a 500, a 401).
 */
class FakeVendor implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One request as received. */
  record Request(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      String body) {
    JsonNode json() {
      try {
        return body.isEmpty() ? MissingNode.getInstance() : JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    boolean is(String method, String pathRegex) {
      return this.method.equals(method) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
      return method + " " + path + (query.isEmpty() ? "" : "?" + query);
    }
  }

  /** An answer: status, headers and a JSON (or empty) body. */
  record Response(int status, Map<String, String> headers, String body) {
    static Response json(int status, Object body) {
      try {
        return new Response(status, Map.of(), body == null ? "" : JSON.writeValueAsString(body));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** Answers a request whose path matched. */
  interface Handler {
    Response handle(Request request, Matcher path);
  }

  private record Route(String method, Pattern path, Handler handler) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final List<Route> routes = new ArrayList<>();
  private final List<Request> requests = new ArrayList<>();
  private final List<Response> failures = new ArrayList<>();
  private final String authHeader;
  private final String authValue;

  /** A vendor that takes requests carrying {@code authHeader: authValue} only. */
  FakeVendor(String authHeader, String authValue) {
    this.authHeader = authHeader.toLowerCase(Locale.ROOT);
    this.authValue = authValue;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.setExecutor(threads);
    server.createContext("/", this::exchange);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  FakeVendor on(String method, String pathRegex, Handler handler) {
    routes.add(new Route(method, Pattern.compile(pathRegex), handler));
    return this;
  }

  /** The next request (after authentication) is answered {@code status} with these headers. */
  synchronized FakeVendor failNext(int status, Map<String, String> headers, Object body) {
    Response json = Response.json(status, body);
    failures.add(new Response(status, headers, json.body()));
    return this;
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The requests but reads: what the vendor was asked to change. */
  synchronized List<Request> writes() {
    return requests.stream().filter(r -> !r.method().equals("GET")).toList();
  }

  private void exchange(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
    String rawPath = exchange.getRequestURI().getRawPath();
    Request request =
        new Request(
            exchange.getRequestMethod(),
            rawPath,
            query(exchange.getRequestURI().getRawQuery()),
            headers,
            body);
    Response response;
    synchronized (this) {
      requests.add(request);
      if (!authValue.equals(headers.get(authHeader))) {
        response = Response.json(401, Map.of("message", "Bad credentials"));
      } else if (!failures.isEmpty()) {
        response = failures.remove(0);
      } else {
        response = route(request);
      }
    }
    byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    if (bytes.length > 0) {
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    }
    exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private Response route(Request request) {
    for (Route route : routes) {
      Matcher matcher = route.path().matcher(request.path());
      if (route.method().equals(request.method()) && matcher.matches()) {
        return route.handler().handle(request, matcher);
      }
    }
    return Response.json(404, Map.of("message", "Not Found"));
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.put(key, value);
    }
    return query;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
