package dev.aiir.bot.http;

/** Answers the requests of one method and path. Blocking is fine: each call has its thread. */
@FunctionalInterface
public interface Route {
  HttpAnswer answer(HttpCall call) throws Exception;
}
