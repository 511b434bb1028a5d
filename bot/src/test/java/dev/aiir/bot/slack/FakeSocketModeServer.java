package dev.aiir.bot.slack;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode endpoint on 127.0.0.1: greets each connection with {@code hello}, delivers
 * envelopes that a test gives it, and keeps what the app sends back (its acknowledgements).
 */
final class FakeSocketModeServer extends WebSocketServer {
  private final List<WebSocket> connections = new ArrayList<>();
  private final List<String> received = new ArrayList<>();
  private volatile boolean started;

  FakeSocketModeServer() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  boolean isStarted() {
    return started;
  }

  synchronized boolean hasConnection() {
    return !connections.isEmpty();
  }

  synchronized List<String> received() {
    return List.copyOf(received);
  }

  /** Sends an envelope to the newest connection. */
  synchronized void deliver(String envelope) {
    connections.get(connections.size() - 1).send(envelope);
  }

  @Override
  public synchronized void onOpen(WebSocket conn, ClientHandshake handshake) {
    connections.add(conn);
    conn.send(
        "{\"type\":\"hello\",\"num_connections\":1,"
            + "\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":3600},"
            + "\"connection_info\":{\"app_id\":\"A1\"}}");
  }

  @Override
  public synchronized void onClose(WebSocket conn, int code, String reason, boolean remote) {
    connections.remove(conn);
  }

  @Override
  public synchronized void onMessage(WebSocket conn, String message) {
    received.add(message);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {}

  @Override
  public void onStart() {
    started = true;
  }
}
