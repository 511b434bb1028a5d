package dev.aiir.bot.http;

/** Answers the requests of one method and path. Blocking is fine: each call has its thread. */
@FunctionalInterface
public interface Route {
  HttpAnswer answer(HttpCall call) throws Exception;

  /**
   * Told that a request for this route was answered 413 (its body over the limit) before the route
   * saw it, so that a route that counts its refusals counts that one too.
   */
  default void refusedTooLarge() {}
}
