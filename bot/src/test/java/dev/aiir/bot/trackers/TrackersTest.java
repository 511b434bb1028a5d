package dev.aiir.bot.trackers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.model.ExportTarget;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TrackersTest {
  private final AtomicInteger built = new AtomicInteger();

  private HttpClient counted() {
    built.incrementAndGet();
    return HttpClient.newHttpClient();
  }

  @Test
  void withNoTrackerConfiguredNoHttpClientIsBuilt() {
    Trackers trackers = new Trackers(Map.of(), this::counted);

    assertThat(trackers.checks()).isEmpty();
    assertThat(built).hasValue(0);
  }

  @Test
  void theConfiguredTrackersShareOneHttpClient() {
    Trackers trackers =
        new Trackers(
            Map.of(
                ExportTarget.GITHUB,
                Samples.settings(ExportTarget.GITHUB, "http://127.0.0.1:9", "acme/models"),
                ExportTarget.GITLAB,
                Samples.settings(ExportTarget.GITLAB, "http://127.0.0.1:9", "acme/models")),
            this::counted);

    assertThat(trackers.checks()).containsOnlyKeys(ExportTarget.GITHUB, ExportTarget.GITLAB);
    assertThat(built).hasValue(1);
  }
}
