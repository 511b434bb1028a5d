package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The cheaper signer must sign exactly as Slack's own generator, on any thread. */
class SlackSignerTest {
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  @Test
  void signsEveryRequestExactlyAsSlacksGenerator() {
    SlackSignature.Generator slack = new SlackSignature.Generator(SECRET);
    SlackSigner signer = new SlackSigner(SECRET);
    for (String body :
        List.of(
            "",
            "token=x&team_id=T1&command=%2Fincident&text=log+db+is+slow",
            "{\"type\":\"event_callback\",\"event\":{\"type\":\"reaction_added\"}}")) {
      assertThat(signer.generate("1531420618", body)).isEqualTo(slack.generate("1531420618", body));
    }
  }

  @Test
  void signsNothingWithoutATimestamp() {
    assertThat(new SlackSigner(SECRET).generate(null, "text=x")).isNull();
  }

  @Test
  void signsTheSameOnManyThreadsAtOnce() throws Exception {
    SlackSignature.Generator slack = new SlackSignature.Generator(SECRET);
    SlackSigner signer = new SlackSigner(SECRET);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<Boolean>> checks =
          IntStream.range(0, 200)
              .mapToObj(
                  i ->
                      CompletableFuture.supplyAsync(
                          () ->
                              signer
                                  .generate("17000000" + i, "text=" + i)
                                  .equals(slack.generate("17000000" + i, "text=" + i)),
                          threads))
              .toList();
      for (CompletableFuture<Boolean> check : checks) {
        assertThat(check.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aVerifierOnItAcceptsSlacksSignatureAndRefusesAForgedOne() {
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    String body = "text=log+hello";
    String signature = new SlackSignature.Generator(SECRET).generate(timestamp, body);
    SlackSignature.Verifier verifier = new SlackSignature.Verifier(new SlackSigner(SECRET));
    assertThat(verifier.isValid(timestamp, body, signature)).isTrue();
    assertThat(verifier.isValid(timestamp, body + "x", signature)).isFalse();
  }
}
