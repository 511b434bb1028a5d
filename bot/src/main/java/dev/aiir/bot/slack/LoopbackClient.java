package dev.aiir.bot.slack;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 client on one kept-alive loopback connection, for the warm-up: it sends a form
 * and reads the answer by its length. The JDK's client would have the JIT compile its own code,
 * which no request to the bot ever runs, while the bot's compilers are busiest.
 */
final class LoopbackClient implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final int port;

  /** A form to post and its extra headers. */
  record Post(String form, Map<String, String> headers) {}

  LoopbackClient(int port) throws IOException {
    this.port = port;
    this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    this.out = socket.getOutputStream();
    this.in = new BufferedInputStream(socket.getInputStream());
  }

  /** Posts {@code post} to {@code path} and returns the answer's body, whatever its status. */
  String post(String path, Post post) throws IOException {
    byte[] body = post.form().getBytes(StandardCharsets.UTF_8);
    StringBuilder head =
        new StringBuilder()
            .append("POST ")
            .append(path)
            .append(" HTTP/1.1\r\nHost: 127.0.0.1:")
            .append(port)
            .append("\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
            .append(body.length)
            .append("\r\n");
    post.headers()
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
    return new String(in.readNBytes(contentLength()), StandardCharsets.UTF_8);
  }

  /** Reads the status line and headers; the answer's length (Jetty sends one for a whole body). */
  private int contentLength() throws IOException {
    int length = -1;
    String line = line();
    if (!line.startsWith("HTTP/1.1 ")) {
      throw new IOException("not an HTTP answer: " + line);
    }
    for (line = line(); !line.isEmpty(); line = line()) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).strip());
      }
    }
    if (length < 0) {
      throw new IOException("an answer without a length");
    }
    return length;
  }

  private String line() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the connection closed");
      }
      if (b != '\r') {
        bytes.write(b);
      }
    }
    return bytes.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
