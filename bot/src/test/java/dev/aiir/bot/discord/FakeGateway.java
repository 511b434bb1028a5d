package dev.aiir.bot.discord;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway half of the fake Discord: HELLO, heartbeat acks, READY and GUILD_CREATE after
 * IDENTIFY, then whatever dispatches a test sends (interactions, reactions).
 */
final class FakeGateway extends WebSocketServer {
  private final CountDownLatch started = new CountDownLatch(1);
  private final AtomicInteger sequence = new AtomicInteger();
  private final Supplier<DataObject> ready;
  private final Supplier<DataObject> guild;
  private volatile WebSocket client;

  FakeGateway(Supplier<DataObject> ready, Supplier<DataObject> guild) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.ready = ready;
    this.guild = guild;
    setReuseAddr(true);
  }

  void startAndWait() throws InterruptedException {
    start();
    if (!started.await(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake gateway did not start");
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    client = conn;
    conn.send(
        DataObject.empty()
            .put("op", 10)
            .put("d", DataObject.empty().put("heartbeat_interval", 41250))
            .toString());
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    DataObject payload = DataObject.fromJson(message);
    switch (payload.getInt("op")) {
      case 1 -> conn.send(DataObject.empty().put("op", 11).toString());
      case 2 -> {
        // To the client that identified: another may have connected since (a hand-over).
        send(conn, "READY", ready.get());
        if (guild != null) {
          send(conn, "GUILD_CREATE", guild.get());
        }
      }
      default -> {}
    }
  }

  /** How many clients are connected now. */
  int connected() {
    return getConnections().size();
  }

  /** Sends one event to the client that connected last. */
  void dispatch(String type, DataObject data) {
    WebSocket conn = client;
    if (conn == null) {
      throw new IllegalStateException("no client connected");
    }
    send(conn, type, data);
  }

  private void send(WebSocket conn, String type, DataObject data) {
    conn.send(
        DataObject.empty()
            .put("op", 0)
            .put("t", type)
            .put("s", sequence.incrementAndGet())
            .put("d", data)
            .toString());
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

  @Override
  public void onError(WebSocket conn, Exception ex) {}

  @Override
  public void onStart() {
    started.countDown();
  }
}
