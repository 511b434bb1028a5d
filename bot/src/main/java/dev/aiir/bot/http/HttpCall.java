package dev.aiir.bot.http;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as a route sees it: the whole body read as text, the headers by lower-case name.
 */
public record HttpCall(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    String body,
    String remoteAddress) {

  public HttpCall {
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
  }
}
