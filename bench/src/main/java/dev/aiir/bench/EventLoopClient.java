package dev.aiir.bench;

import dev.aiir.bot.http.ResponseHead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The load generator: one thread keeps {@code connections} kept-alive HTTP/1.1 connections busy,
 * each with one request in flight, until {@code count} requests have been answered. A thread per
 * connection (50 of them beside the bot's own on two cores) cost CPU and scheduling delays that
 * showed up in the measured latencies; one thread on a selector costs little of either.
 */
final class EventLoopClient implements AutoCloseable {
  /** What happens to each answered (or failed) request. */
  interface Answered {
    /** {@code status} is 0 when the connection failed before an answer came. */
    void accept(int request, long nanos, int status, String body);
  }

  private final InetSocketAddress address;
  private final int connections;
  private final Selector selector;

  EventLoopClient(String host, int port, int connections) throws IOException {
    this.address = new InetSocketAddress(host, port);
    this.connections = connections;
    this.selector = Selector.open();
  }

  /**
   * Sends requests {@code 0..count-1}, each built by {@code request} just before it is sent, and
   * reports each answer to {@code answered} on this thread.
   */
  void drive(int count, IntFunction<byte[]> request, Answered answered) throws IOException {
    int next = 0;
    int done = 0;
    for (int c = 0; c < connections && next < count; c++) {
      int number = next++;
      open().send(number, request.apply(number));
    }
    while (done < count) {
      selector.select();
      for (SelectionKey key : selector.selectedKeys()) {
        Connection connection = (Connection) key.attachment();
        int finished = connection.progress(answered);
        if (finished < 0) {
          continue;
        }
        done++;
        if (next < count) {
          int number = next++;
          (connection.open ? connection : open()).send(number, request.apply(number));
        }
      }
      selector.selectedKeys().clear();
    }
  }

  private Connection open() throws IOException {
    SocketChannel channel = SocketChannel.open(address);
    channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
    channel.configureBlocking(false);
    Connection connection = new Connection(channel);
    connection.key = channel.register(selector, 0, connection);
    return connection;
  }

  @Override
  public void close() throws IOException {
    for (SelectionKey key : selector.keys()) {
      key.channel().close();
    }
    selector.close();
  }

  /** One kept-alive connection and the request in flight on it. */
  private static final class Connection {
    private final SocketChannel channel;
    private final ByteBuffer in = ByteBuffer.allocate(16 * 1024);
    private final ByteArrayOutputStream received = new ByteArrayOutputStream(1024);
    private SelectionKey key;
    private ByteBuffer out;
    private int request;
    private long sentAt;
    private boolean open = true;

    Connection(SocketChannel channel) {
      this.channel = channel;
    }

    void send(int number, byte[] bytes) throws IOException {
      request = number;
      received.reset();
      out = ByteBuffer.wrap(bytes);
      sentAt = System.nanoTime();
      channel.write(out);
      key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    /** Writes or reads what it can; returns the request answered, or -1 while it is in flight. */
    int progress(Answered answered) {
      try {
        if (key.isWritable()) {
          channel.write(out);
          if (!out.hasRemaining()) {
            key.interestOps(SelectionKey.OP_READ);
          }
          return -1;
        }
        in.clear();
        int read = channel.read(in);
        if (read < 0) {
          throw new IOException("connection closed mid-answer");
        }
        received.write(in.array(), 0, read);
        Response response = Response.parse(received.toByteArray());
        if (response == null) {
          return -1;
        }
        answered.accept(request, System.nanoTime() - sentAt, response.status, response.body);
        if (response.close) {
          close();
        }
        return request;
      } catch (IOException e) {
        answered.accept(request, System.nanoTime() - sentAt, 0, "");
        close();
        return request;
      }
    }

    private void close() {
      open = false;
      key.cancel();
      try {
        channel.close();
      } catch (IOException ignored) {
        // Closing a broken connection; a new one takes its place.
      }
    }
  }

  /** A complete HTTP/1.1 answer with a Content-Length, or null while bytes are missing. */
  private record Response(int status, String body, boolean close) {
    static Response parse(byte[] bytes) throws IOException {
      int end = headEnd(bytes);
      if (end < 0) {
        return null;
      }
      List<String> lines =
          List.of(new String(bytes, 0, end, StandardCharsets.US_ASCII).split("\r\n"));
      ResponseHead head = ResponseHead.parse(lines.get(0), lines.subList(1, lines.size()));
      int bodyStart = end + 4;
      if (bytes.length < bodyStart + head.length()) {
        return null;
      }
      return new Response(
          head.status(),
          new String(bytes, bodyStart, head.length(), StandardCharsets.UTF_8),
          head.close());
    }

    private static int headEnd(byte[] bytes) {
      for (int i = 0; i + 3 < bytes.length; i++) {
        if (bytes[i] == '\r'
            && bytes[i + 1] == '\n'
            && bytes[i + 2] == '\r'
            && bytes[i + 3] == '\n') {
          return i;
        }
      }
      return -1;
    }
  }
}
