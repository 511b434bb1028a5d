package dev.aiir.bot.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

  /** The first value of the header {@code name} (any case), if the request has it. */
  public Optional<String> header(String name) {
    return first(headers, name.toLowerCase(Locale.ROOT));
  }

  /** The first value of the query parameter {@code name}, if the request has it. */
  public Optional<String> parameter(String name) {
    return first(query, name);
  }

  private static Optional<String> first(Map<String, List<String>> values, String name) {
    List<String> all = values.getOrDefault(name, List.of());
    return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(0));
  }
}
