package dev.aiir.bot.page;

import dev.aiir.bot.config.PageSettings;
import dev.aiir.bot.http.HmacSha256;
import dev.aiir.bot.http.HttpAnswer;
import dev.aiir.bot.http.HttpCall;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may read the page. With a token: a request carries it as {@code Authorization: Bearer
 * <token>} (scripts, curl), or a browser opens {@code /incidents?token=<token>} once and is sent on
 * to the same address without it, holding an HttpOnly, SameSite=Strict cookie for 12 hours. The
 * cookie holds an HMAC of the token, not the token, and changing the token ends every cookie.
 * Comparisons take the same time whatever the guess.
 */
final class PageAccess {
  static final String COOKIE = "aiir_page";
  static final int COOKIE_SECONDS = 12 * 60 * 60;
  private final PageSettings settings;
  private final boolean secureCookie;

  /**
   * @param secureCookie whether the cookie is sent over HTTPS only (the public URL is https)
   */
  PageAccess(PageSettings settings, boolean secureCookie) {
    this.settings = settings;
    this.secureCookie = secureCookie;
  }

  /** Empty when the request may read; otherwise what to answer instead (401, or the redirect). */
  Optional<HttpAnswer> refusal(HttpCall call) {
    if (settings.mode() == PageSettings.Mode.OPEN) {
      return Optional.empty();
    }
    String token = settings.token().orElseThrow();
    if (bearer(call).map(given -> same(given, token)).orElse(false)
        || cookie(call).map(given -> same(given, session(token))).orElse(false)) {
      return Optional.empty();
    }
    Optional<String> inQuery = call.parameter("token");
    if (inQuery.isPresent() && same(inQuery.get(), token)) {
      return Optional.of(enter(call, token));
    }
    return Optional.of(unauthorized());
  }

  /** Sets the cookie and sends the browser to the address it asked for, without the token. */
  private HttpAnswer enter(HttpCall call, String token) {
    Map<String, String> rest = new LinkedHashMap<>();
    call.query()
        .forEach(
            (name, values) -> {
              if (!name.equals("token") && !values.isEmpty()) {
                rest.put(name, values.get(0));
              }
            });
    String query = Html.query(rest);
    String location = call.path() + (query.isEmpty() ? "" : "?" + query);
    return new HttpAnswer(303, HttpAnswer.TEXT, "See " + location)
        .withHeader("Location", location)
        .withHeader(
            "Set-Cookie",
            COOKIE
                + "="
                + session(token)
                + "; Path=/incidents; Max-Age="
                + COOKIE_SECONDS
                + "; HttpOnly; SameSite=Strict"
                + (secureCookie ? "; Secure" : ""))
        .withHeader("Cache-Control", "no-store")
        .withHeader("Referrer-Policy", "no-referrer");
  }

  private static HttpAnswer unauthorized() {
    return HttpAnswer.text(
            401,
            "This page needs the token in AIIR_PAGE_TOKEN: send it as 'Authorization: Bearer"
                + " <token>', or open /incidents?token=<token> once in a browser.")
        .withHeader("WWW-Authenticate", "Bearer realm=\"aiir incidents\"")
        .withHeader("Cache-Control", "no-store");
  }

  private static Optional<String> bearer(HttpCall call) {
    return call.header("authorization")
        .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(h -> h.substring(7).strip());
  }

  private static Optional<String> cookie(HttpCall call) {
    for (String header : call.headers().getOrDefault("cookie", List.of())) {
      for (String pair : header.split(";")) {
        String[] nameValue = pair.strip().split("=", 2);
        if (nameValue.length == 2 && nameValue[0].equals(COOKIE)) {
          return Optional.of(nameValue[1].strip());
        }
      }
    }
    return Optional.empty();
  }

  /** What the cookie holds: the token's HMAC over a fixed label, so the token itself is not. */
  static String session(String token) {
    byte[] tag = HmacSha256.of(token.getBytes(StandardCharsets.UTF_8), "aiir incident page");
    return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
  }

  private static boolean same(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
