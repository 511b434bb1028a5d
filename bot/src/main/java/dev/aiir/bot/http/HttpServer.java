package dev.aiir.bot.http;

import dev.aiir.commands.runtime.DaemonThreads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's one HTTP port (Jetty, no servlets): Slack's events, {@code GET /healthz} (a bare "ok"
 * until the application adds its own), {@code GET /metrics}, the alert endpoints, and whatever
 * routes a platform adds. A body over 1 MiB answers 413 before any route sees it. A route that
 * throws answers 500 with no detail; the detail is logged. Started early ({@link #startClosed}), it
 * holds connections in the kernel's queue until {@link #open} and then answers them: a request made
 * during start-up (a probe, a Slack command) is answered as soon as the bot is ready, without a 503
 * and a retry, and costs the starting process nothing meanwhile.
 */
public final class HttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
  private static final int MAX_BODY_BYTES = 1 << 20;
  private static final int ACCEPT_QUEUE = 1024;
  private static final String WARM_UP_ROUTE = "POST /.warm-up";
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final Map<String, Route> subtrees = new ConcurrentHashMap<>();
  private boolean open = true;
  private volatile boolean answeredItself;
  private volatile Server server;
  private ServerConnector connector;

  public HttpServer() {
    get("/healthz", call -> HttpAnswer.text(200, "ok"));
  }

  public HttpServer get(String path, Route route) {
    routes.put("GET " + path, route);
    return this;
  }

  public HttpServer post(String path, Route route) {
    routes.put("POST " + path, route);
    return this;
  }

  /**
   * Routes every method for {@code prefix} and the paths under it ({@code /incidents} and {@code
   * /incidents/AI-IR-2026-042}) to {@code route}, which answers a method it does not take itself
   * (405).
   */
  public HttpServer subtree(String prefix, Route route) {
    subtrees.put(prefix, route);
    return this;
  }

  /** Listens on {@code host:port} (port 0 picks a free one) and returns the port it got. */
  public int start(String host, int port) throws Exception {
    synchronized (this) {
      open = true;
    }
    return listen(host, port);
  }

  /**
   * Listens on {@code host:port} on a thread of its own, accepting no connection until {@link
   * #open}; the future completes with the port it got.
   */
  public CompletableFuture<Integer> startClosed(String host, int port) {
    synchronized (this) {
      open = false;
    }
    CompletableFuture<Integer> started = new CompletableFuture<>();
    Thread thread =
        DaemonThreads.named("http-start")
            .newThread(
                () -> {
                  try {
                    started.complete(listen(host, port));
                  } catch (Exception | Error e) {
                    started.completeExceptionally(e);
                  }
                });
    thread.start();
    return started;
  }

  /** From now on connections are accepted and requests reach their routes. */
  public synchronized void open() {
    open = true;
    if (connector != null) {
      connector.setAccepting(true);
    }
  }

  private int listen(String host, int port) throws Exception {
    CacheLines.tellJetty();
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName("http");
    server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    connector.setAcceptQueueSize(ACCEPT_QUEUE);
    synchronized (this) {
      connector.setAccepting(open);
      this.connector = connector;
    }
    server.addConnector(connector);
    server.setHandler(new Dispatcher());
    server.start();
    LOG.info("HTTP listening on {}:{}", host, connector.getLocalPort());
    if (!accepting()) {
      answerItselfInMemory();
    }
    return connector.getLocalPort();
  }

  /** Whether, started closed, it answered its two in-memory requests before opening. */
  boolean answeredItself() {
    return answeredItself;
  }

  private synchronized boolean accepting() {
    return open;
  }

  /**
   * While the port holds its connections, two requests through Jetty's in-memory connector (a
   * probe, and a form posted to a route of its own, removed after): the request path's classes are
   * loaded and linked on this thread beside the start-up, not on the first real request's way.
   * Nothing outside the process can reach that route, and a failure only loses the head start.
   */
  private void answerItselfInMemory() {
    LocalConnector local = new LocalConnector(server);
    try {
      server.addConnector(local);
      local.start();
      routes.put(WARM_UP_ROUTE, call -> HttpAnswer.text(200, call.body()));
      String probed = local.getResponse("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
      String posted =
          local.getResponse(
              "POST /.warm-up HTTP/1.1\r\nHost: localhost\r\nContent-Type:"
                  + " application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\na=b");
      answeredItself = probed.startsWith("HTTP/1.1 200") && posted.endsWith("a=b");
    } catch (Exception e) {
      LOG.debug("the HTTP server's warm-up failed; it serves as it is", e);
    } finally {
      routes.remove(WARM_UP_ROUTE);
      server.removeConnector(local);
      try {
        local.stop();
      } catch (Exception e) {
        LOG.debug("the HTTP server's warm-up did not stop cleanly", e);
      }
    }
  }

  @Override
  public void close() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  /** A request body over the limit: answered 413, and no route sees it. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String what) {
      super(what + " refused");
    }
  }

  /** Reads the request whole, finds its route and writes the route's answer. */
  private final class Dispatcher extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      String path = Request.getPathInContext(request);
      Route route = routes.get(request.getMethod() + " " + path);
      if (route == null) {
        route = subtreeOf(path);
      }
      if (route == null) {
        write(response, callback, HttpAnswer.text(404, "not found"));
        return true;
      }
      HttpAnswer answer;
      try {
        answer = route.answer(call(request, path));
      } catch (TooLarge e) {
        LOG.info("HTTP {} {} refused: {}", request.getMethod(), path, e.getMessage());
        route.refusedTooLarge();
        answer =
            new HttpAnswer(
                413,
                HttpAnswer.JSON,
                "{\"status\":\"too large\",\"reason\":\"the body is over "
                    + MAX_BODY_BYTES
                    + " bytes\"}");
      } catch (Exception e) {
        LOG.error("HTTP {} {} failed", request.getMethod(), path, e);
        answer = HttpAnswer.text(500, "internal error");
      }
      write(response, callback, answer);
      return true;
    }

    private Route subtreeOf(String path) {
      for (Map.Entry<String, Route> subtree : subtrees.entrySet()) {
        String prefix = subtree.getKey();
        if (path.equals(prefix) || path.startsWith(prefix + "/")) {
          return subtree.getValue();
        }
      }
      return null;
    }

    private HttpCall call(Request request, String path) throws Exception {
      long length = request.getLength();
      if (length > MAX_BODY_BYTES) {
        throw new TooLarge("a body of " + length + " bytes");
      }
      String body = body(request, length);
      return new HttpCall(
          request.getMethod(),
          path,
          query(Request.extractQueryParameters(request)),
          headers(request),
          body,
          Request.getRemoteAddr(request));
    }

    /**
     * The body as UTF-8, read up to its length or the limit: a body sent without a length (chunked)
     * is cut off there too, instead of being read whole first.
     */
    private String body(Request request, long length) throws IOException {
      try (InputStream in = Content.Source.asInputStream(request)) {
        // A length given is the most there is to read: no buffer of the limit's size for a form.
        byte[] bytes = in.readNBytes(length >= 0 ? (int) length : MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
          throw new TooLarge("a body over " + MAX_BODY_BYTES + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
      }
    }

    /** Every header by its lower-case name, repeated ones in order. */
    private Map<String, List<String>> headers(Request request) {
      Map<String, List<String>> headers = new HashMap<>();
      for (HttpField field : request.getHeaders()) {
        headers
            .computeIfAbsent(field.getLowerCaseName(), name -> new ArrayList<>(1))
            .add(field.getValue());
      }
      return headers;
    }

    private Map<String, List<String>> query(Fields fields) {
      Map<String, List<String>> query = new LinkedHashMap<>();
      fields.forEach(field -> query.put(field.getName(), field.getValues()));
      return query;
    }

    private void write(Response response, Callback callback, HttpAnswer answer) {
      response.setStatus(answer.status());
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
      answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
      Content.Sink.write(response, true, answer.body(), callback);
    }
  }
}
