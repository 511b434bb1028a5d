package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.ExportFailure.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One vendor's REST API over the JDK's HTTP client: JSON in and out, its authentication headers on
 * every request, and every failure turned into an {@link ExportFailure} whose message says what the
 * vendor answered and what to do, naming where the credential came from, never the credential. A
 * 429 or 503 carries the vendor's Retry-After.
 */
final class VendorHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int MESSAGE_LIMIT = 300;
  private final HttpClient client;
  private final String vendor;
  private final URI base;
  private final Map<String, String> headers;
  private final String credential;

  /**
   * @param vendor how messages name it ({@code GitHub})
   * @param headers the authentication and version headers every request carries
   * @param credential where the credential came from ({@code env AIIR_GITHUB_TOKEN})
   */
  VendorHttp(
      HttpClient client, String vendor, URI base, Map<String, String> headers, String credential) {
    this.client = client;
    this.vendor = vendor;
    this.base = base;
    this.headers = new LinkedHashMap<>(headers);
    this.credential = credential;
  }

  static HttpClient newClient() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** An answer: its status and its body read as JSON (missing when it had none). */
  record Answer(int status, JsonNode body, Map<String, java.util.List<String>> headers) {}

  String vendor() {
    return vendor;
  }

  URI base() {
    return base;
  }

  /** {@code GET path}; {@code what} names the thing asked for, for a 404's message. */
  JsonNode get(String path, String what) {
    return send("GET", path, null, what).body();
  }

  /** {@code GET path}; empty on 404. */
  Optional<JsonNode> find(String path, String what) {
    Answer answer = exchange("GET", path, null);
    if (answer.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(check(answer, "GET", path, what).body());
  }

  Answer send(String method, String path, JsonNode body, String what) {
    return check(exchange(method, path, body), method, path, what);
  }

  /** The request as sent, and its answer whatever its status. */
  Answer exchange(String method, String path, JsonNode body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(TIMEOUT)
            .header("Accept", "application/json")
            .header("User-Agent", "aiir-bot");
    headers.forEach(request::setHeader);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json; charset=utf-8");
      request.method(
          method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new ExportFailure(
          Kind.UNREACHABLE,
          vendor + " did not answer " + method + " " + where(path) + " in time.",
          null,
          e);
    } catch (ConnectException e) {
      throw new ExportFailure(
          Kind.UNREACHABLE,
          vendor + " is not reachable at " + base + " (connection refused).",
          null,
          e);
    } catch (IOException e) {
      throw new ExportFailure(
          Kind.UNREACHABLE,
          vendor + " is not reachable at " + base + " (" + e.getClass().getSimpleName() + ").",
          null,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExportFailure(
          Kind.UNREACHABLE, "interrupted while calling " + vendor + ".", null, e);
    }
    return new Answer(response.statusCode(), json(response.body()), response.headers().map());
  }

  private Answer check(Answer answer, String method, String path, String what) {
    int status = answer.status();
    if (status >= 200 && status < 300) {
      return answer;
    }
    String said =
        vendorMessage(answer.body()).map(m -> " (" + vendor + " says: " + m + ")").orElse("");
    String request = method + " " + where(path);
    Optional<Duration> retryAfter = retryAfter(answer.headers());
    if (status == 429 || (status == 403 && rateLimited(answer.headers()))) {
      throw new ExportFailure(
          Kind.RATE_LIMITED,
          vendor
              + " is rate limiting aiir ("
              + status
              + ")"
              + retryAfter.map(d -> "; it asks to wait " + d.toSeconds() + " s").orElse("")
              + ".",
          retryAfter.orElse(null),
          null);
    }
    throw switch (status) {
      case 401 ->
          new ExportFailure(
              Kind.UNAUTHORIZED,
              vendor
                  + " answered 401 Unauthorized: the credential ("
                  + credential
                  + ") was not accepted; check it, or make a new one.");
      case 403 ->
          new ExportFailure(
              Kind.FORBIDDEN,
              vendor
                  + " answered 403 Forbidden to "
                  + request
                  + ": the credential ("
                  + credential
                  + ") may not do this"
                  + said
                  + ".");
      case 404 ->
          new ExportFailure(
              Kind.NOT_FOUND,
              vendor
                  + " answered 404 Not Found: "
                  + what
                  + " does not exist, or the credential ("
                  + credential
                  + ") cannot see it.");
      case 409 -> new Conflict(vendor + " refused " + request + " (409 Conflict)" + said + ".");
      case 400, 410, 422 ->
          new ExportFailure(
              Kind.REJECTED, vendor + " refused " + request + " (" + status + ")" + said + ".");
      default ->
          status >= 500
              ? new ExportFailure(
                  Kind.TARGET_ERROR,
                  vendor + " failed with " + status + " on " + request + said + ".",
                  retryAfter.orElse(null),
                  null)
              : new ExportFailure(
                  Kind.REJECTED, vendor + " answered " + status + " to " + request + said + ".");
    };
  }

  /** A 409: what an update named is no longer the latest (a version, a file's sha). */
  static final class Conflict extends ExportFailure {
    private static final long serialVersionUID = 1L;

    Conflict(String message) {
      super(Kind.REJECTED, message);
    }
  }

  /** The path without its query, which may carry search terms: enough to say what was asked. */
  private static String where(String path) {
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  private static boolean rateLimited(Map<String, java.util.List<String>> headers) {
    return "0".equals(header(headers, "x-ratelimit-remaining"))
        || header(headers, "retry-after") != null;
  }

  /** Retry-After in seconds or as an HTTP date; or GitHub's reset time. */
  static Optional<Duration> retryAfter(Map<String, java.util.List<String>> headers) {
    String value = header(headers, "retry-after");
    if (value != null) {
      try {
        return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
      } catch (NumberFormatException notSeconds) {
        try {
          ZonedDateTime at =
              ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
          Duration wait = Duration.between(java.time.Instant.now(), at.toInstant());
          return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (RuntimeException notADate) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static String header(Map<String, java.util.List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .findFirst()
        .orElse(null);
  }

  /** What the vendor said went wrong, from the shapes their APIs answer errors in. */
  private static Optional<String> vendorMessage(JsonNode body) {
    StringBuilder said = new StringBuilder();
    for (String field : new String[] {"message", "error", "error_description"}) {
      JsonNode node = body.path(field);
      if (node.isTextual()) {
        said.append(node.asText());
        break;
      }
      if (node.isObject() || node.isArray()) {
        said.append(node.toString());
        break;
      }
    }
    body.path("errorMessages")
        .forEach(m -> said.append(said.length() > 0 ? "; " : "").append(m.asText()));
    JsonNode errors = body.path("errors");
    if (errors.isObject() && !errors.isEmpty()) {
      said.append(said.length() > 0 ? "; " : "").append(errors.toString());
    } else if (errors.isArray() && !errors.isEmpty() && said.length() == 0) {
      said.append(errors.toString());
    }
    String text = said.toString().replaceAll("\\s+", " ").strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT) + "...");
  }

  private static JsonNode json(String body) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException notJson) {
      return MissingNode.getInstance();
    }
  }
}
