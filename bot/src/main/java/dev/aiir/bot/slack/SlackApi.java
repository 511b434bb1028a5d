package dev.aiir.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack Web API as the bot's token reaches it. The SDK's synchronous client throws on HTTP 429
 * without retrying; here the call waits out {@code Retry-After} and tries again, a few times, so a
 * rate-limited read is slow rather than lost. Any other failure becomes a {@link SlackApiFailure}.
 */
final class SlackApi {
  private static final Logger LOG = LoggerFactory.getLogger(SlackApi.class);
  static final int MAX_ATTEMPTS = 6;
  private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);
  private static final Duration MAX_WAIT = Duration.ofSeconds(60);
  private final Supplier<MethodsClient> methods;
  private final Sleeper sleeper;

  /** One Web API method called with the bot's client. */
  @FunctionalInterface
  interface Call<T extends SlackApiTextResponse> {
    T run(MethodsClient methods) throws IOException, SlackApiException;
  }

  SlackApi(MethodsClient methods, Sleeper sleeper) {
    this(() -> methods, sleeper);
  }

  /** With the client once {@code methods} has it (the bot connects in the background). */
  SlackApi(Supplier<MethodsClient> methods, Sleeper sleeper) {
    this.methods = methods;
    this.sleeper = sleeper;
  }

  /** Runs {@code call}, waiting out rate limits; returns only responses that are {@code ok}. */
  <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        T response = call.run(methods.get());
        if (!response.isOk()) {
          throw new SlackApiFailure(method, response.getError(), null);
        }
        return response;
      } catch (SlackApiException e) {
        int status = e.getResponse().code();
        if (status != 429 || attempt == MAX_ATTEMPTS) {
          throw new SlackApiFailure(method, "HTTP " + status, e);
        }
        waitOut(method, retryAfter(e), attempt);
      } catch (IOException e) {
        throw new SlackApiFailure(method, e.getClass().getSimpleName(), e);
      }
    }
  }

  private void waitOut(String method, Duration wait, int attempt) {
    LOG.info("{} rate limited; retrying in {} s (attempt {})", method, wait.toSeconds(), attempt);
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlackApiFailure(method, "interrupted while rate limited", e);
    }
  }

  static Duration retryAfter(SlackApiException e) {
    String header = e.getResponse().header("Retry-After");
    try {
      Duration wait =
          header == null ? DEFAULT_WAIT : Duration.ofSeconds(Long.parseLong(header.strip()));
      return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.isNegative() ? DEFAULT_WAIT : wait;
    } catch (NumberFormatException notSeconds) {
      return DEFAULT_WAIT;
    }
  }
}
