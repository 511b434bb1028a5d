package dev.aiir.bot.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.http.HealthRoute.Part;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** {@code /healthz} says each part's state, and 503 while a part the replica needs is down. */
class HealthRouteTest {
  private static final HttpCall GET =
      new HttpCall("GET", "/healthz", Map.of(), Map.of(), "", "127.0.0.1");

  @Test
  void everyPartUpIsA200WithEachPartsState() {
    HealthRoute health =
        new HealthRoute()
            .part("database", Part::up)
            .part("discord_gateway", () -> new Part("standby", true));

    HttpAnswer answer = health.answer(GET);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo(HttpAnswer.JSON);
    assertThat(answer.body())
        .isEqualTo("{\"status\":\"up\",\"database\":\"up\",\"discord_gateway\":\"standby\"}");
  }

  @Test
  void aPartThatIsDownMakesA503UntilItIsBack() {
    AtomicBoolean databaseUp = new AtomicBoolean(false);
    HealthRoute health =
        new HealthRoute().part("database", () -> databaseUp.get() ? Part.up() : Part.down());

    HttpAnswer down = health.answer(GET);
    databaseUp.set(true);
    HttpAnswer up = health.answer(GET);

    assertThat(List.of(down.status(), up.status())).containsExactly(503, 200);
    assertThat(down.body()).isEqualTo("{\"status\":\"down\",\"database\":\"down\"}");
  }
}
