package dev.aiir.bot.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An HTTP/1.1 POST as bytes on the wire, for the bare clients of the warm-up and benchmarks. */
public final class PostRequest {
  private PostRequest() {}

  public static byte[] bytes(
      String authority, String path, Map<String, String> headers, String body) {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(512);
    head.append("POST ").append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(authority).append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[headBytes.length + content.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(content, 0, request, headBytes.length, content.length);
    return request;
  }
}
