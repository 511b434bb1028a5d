package dev.aiir.bot.http;

import java.util.Objects;

/** What a route answers: a status, a content type and a text body. */
public record HttpAnswer(int status, String contentType, String body) {
  public static final String TEXT = "text/plain; charset=utf-8";
  public static final String JSON = "application/json; charset=utf-8";

  public HttpAnswer {
    Objects.requireNonNull(contentType, "contentType");
    body = body == null ? "" : body;
  }

  public static HttpAnswer text(int status, String body) {
    return new HttpAnswer(status, TEXT, body);
  }
}
