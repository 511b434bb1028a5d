package dev.aiir.bot.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a route answers: a status, a content type, a text body and any further headers. */
public record HttpAnswer(int status, String contentType, String body, Map<String, String> headers) {
  public static final String TEXT = "text/plain; charset=utf-8";
  public static final String JSON = "application/json; charset=utf-8";
  public static final String HTML = "text/html; charset=utf-8";

  public HttpAnswer {
    Objects.requireNonNull(contentType, "contentType");
    body = body == null ? "" : body;
    headers = Map.copyOf(headers);
  }

  public HttpAnswer(int status, String contentType, String body) {
    this(status, contentType, body, Map.of());
  }

  public static HttpAnswer text(int status, String body) {
    return new HttpAnswer(status, TEXT, body);
  }

  /** The same answer with one more header (or another value for one it had). */
  public HttpAnswer withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new HttpAnswer(status, contentType, body, more);
  }
}
