package dev.aiir.bot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The port can open while the rest of the process starts: until it is opened every request is
 * answered 503 "starting", and then by its route.
 */
class HttpServerTest {
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aServerStartedClosedAnswers503UntilOpened() throws Exception {
    try (HttpServer http = new HttpServer()) {
      int port = http.startClosed("127.0.0.1", 0).get(30, TimeUnit.SECONDS);
      http.get("/ready", call -> HttpAnswer.text(200, "ready"));

      HttpResponse<String> starting = get(port, "/healthz");
      http.open();
      HttpResponse<String> healthz = get(port, "/healthz");
      HttpResponse<String> ready = get(port, "/ready");

      assertThat(starting.statusCode()).isEqualTo(503);
      assertThat(starting.body()).isEqualTo("{\"status\":\"starting\"}");
      assertThat(healthz.statusCode()).isEqualTo(200);
      assertThat(ready.body()).isEqualTo("ready");
    }
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
