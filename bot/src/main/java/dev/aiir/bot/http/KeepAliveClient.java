package dev.aiir.bot.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bare HTTP/1.1 client on one kept-alive connection, for one thread: the warm-up's loopback
 * commands and the benchmarks' senders. The JDK's HttpClient spends more CPU per request than the
 * bot does: in a benchmark on a two-core machine it would measure the client, not the bot, and in
 * the warm-up it would have the JIT compile its own code, which no request to the bot ever runs.
 */
public final class KeepAliveClient implements AutoCloseable {
  /** A response: its status and body. */
  public record Answer(int status, String body) {}

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  public KeepAliveClient(String host, int port) {
    this.host = host;
    this.port = port;
  }

  public Answer post(String path, Map<String, String> headers, String body) throws IOException {
    if (socket == null || socket.isClosed()) {
      socket = new Socket(host, port);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(30_000);
      in = new BufferedInputStream(socket.getInputStream());
      out = socket.getOutputStream();
    }
    out.write(PostRequest.bytes(host + ":" + port, path, headers, body));
    out.flush();
    return read();
  }

  private Answer read() throws IOException {
    String status = line();
    List<String> headers = new ArrayList<>();
    for (String header = line(); !header.isEmpty(); header = line()) {
      headers.add(header);
    }
    ResponseHead head = ResponseHead.parse(status, headers);
    byte[] content = in.readNBytes(head.length());
    if (head.close()) {
      close();
    }
    return new Answer(head.status(), new String(content, StandardCharsets.UTF_8));
  }

  private String line() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed mid-answer");
      }
      if (b != '\r') {
        bytes.write(b);
      }
    }
    return bytes.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
    }
  }
}
