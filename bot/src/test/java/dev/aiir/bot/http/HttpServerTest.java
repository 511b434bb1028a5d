package dev.aiir.bot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The port can open while the rest of the process starts: until it is opened a request waits,
 * unanswered, and is then answered by its route.
 */
class HttpServerTest {
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aRequestMadeBeforeTheServerOpensIsAnsweredByItsRouteOnceItOpens() throws Exception {
    try (HttpServer http = new HttpServer()) {
      int port = http.startClosed("127.0.0.1", 0).get(30, TimeUnit.SECONDS);
      http.get("/ready", call -> HttpAnswer.text(200, "ready"));

      CompletableFuture<HttpResponse<String>> early = get(port, "/ready");
      await()
          .during(Duration.ofMillis(300))
          .atMost(Duration.ofSeconds(2))
          .until(() -> !early.isDone());
      http.open();

      assertThat(early.get(30, TimeUnit.SECONDS).body()).isEqualTo("ready");
      assertThat(get(port, "/healthz").get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void startedClosedItAnswersItselfInMemoryAndLeavesNoRouteBehind() throws Exception {
    try (HttpServer http = new HttpServer()) {
      int port = http.startClosed("127.0.0.1", 0).get(30, TimeUnit.SECONDS);
      http.open();

      assertThat(http.answeredItself()).isTrue();
      HttpRequest leftover =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/.warm-up"))
              .POST(HttpRequest.BodyPublishers.ofString("a=b"))
              .build();
      assertThat(client.send(leftover, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(404);
    }
  }

  @Test
  void startedOpenItDoesNotAnswerItself() throws Exception {
    try (HttpServer http = new HttpServer()) {
      http.start("127.0.0.1", 0);

      assertThat(http.answeredItself()).isFalse();
    }
  }

  private CompletableFuture<HttpResponse<String>> get(int port, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }
}
