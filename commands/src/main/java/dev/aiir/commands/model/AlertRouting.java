package dev.aiir.commands.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The routes alerts take, from configuration: the first route whose matchers all hold wins; an
 * alert no route matches takes the fallback, or goes nowhere when there is none.
 */
public record AlertRouting(List<AlertRoute> routes, Optional<AlertRoute> fallback) {
  public AlertRouting {
    routes = List.copyOf(routes);
    Objects.requireNonNull(fallback, "fallback");
  }

  /** No routes: every alert goes nowhere. */
  public static AlertRouting none() {
    return new AlertRouting(List.of(), Optional.empty());
  }

  public Optional<AlertRoute> route(Map<String, String> labels) {
    return routes.stream().filter(r -> r.matches(labels)).findFirst().or(() -> fallback);
  }
}
