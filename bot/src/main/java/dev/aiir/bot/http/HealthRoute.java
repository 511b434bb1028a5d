package dev.aiir.bot.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /healthz}: the state of each part of the replica as JSON, such as {@code
 * {"status":"up","database":"up","discord_gateway":"standby"}}. 200 while every part that must work
 * does, 503 when one does not, so that a load balancer or orchestrator takes the replica out.
 */
public final class HealthRoute implements Route {
  private final Map<String, Supplier<Part>> parts = new LinkedHashMap<>();

  /** A part's state in one word, and whether the replica can serve with it. */
  public record Part(String state, boolean serving) {
    public static Part up() {
      return new Part("up", true);
    }

    public static Part down() {
      return new Part("down", false);
    }
  }

  /** Adds a part, asked at each request. */
  public HealthRoute part(String name, Supplier<Part> state) {
    parts.put(name, state);
    return this;
  }

  @Override
  public HttpAnswer answer(HttpCall call) {
    Map<String, Part> states = new LinkedHashMap<>();
    parts.forEach((name, state) -> states.put(name, state.get()));
    boolean serving = states.values().stream().allMatch(Part::serving);
    StringBuilder json = new StringBuilder("{\"status\":\"").append(serving ? "up" : "down");
    states.forEach(
        (name, part) -> json.append("\",\"").append(name).append("\":\"").append(part.state()));
    json.append("\"}");
    return new HttpAnswer(serving ? 200 : 503, HttpAnswer.JSON, json.toString());
  }
}
