package dev.aiir.bot.http;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * What the bare clients need from an HTTP/1.1 answer's head: its status, its body's length and
 * whether the server closes the connection. The bot answers with a Content-Length, never chunked.
 */
public record ResponseHead(int status, int length, boolean close) {
  public static ResponseHead parse(String statusLine, List<String> headers) throws IOException {
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    int length = 0;
    boolean close = false;
    for (String line : headers) {
      String header = line.toLowerCase(Locale.ROOT);
      if (header.startsWith("content-length:")) {
        length = Integer.parseInt(header.substring("content-length:".length()).strip());
      } else if (header.startsWith("connection:") && header.contains("close")) {
        close = true;
      } else if (header.startsWith("transfer-encoding:")) {
        throw new IOException("chunked answers are not expected here");
      }
    }
    return new ResponseHead(status, length, close);
  }
}
