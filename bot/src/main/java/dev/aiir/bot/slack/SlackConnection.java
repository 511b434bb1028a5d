package dev.aiir.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import dev.aiir.bot.config.SlackSettings;
import dev.aiir.commands.runtime.DaemonThreads;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's client for the bot token and the Bolt app on it, started (its token checked with {@code
 * auth.test}, a call to Slack). Built on a thread of its own, beside the store's opening: loading
 * the SDK, setting up TLS and asking Slack take a good part of a second.
 */
record SlackConnection(Slack slack, MethodsClient methods, App app) {
  private static final Logger LOG = LoggerFactory.getLogger(SlackConnection.class);

  /** Connects in the background; fails as Bolt does when Slack refuses the token. */
  static CompletableFuture<SlackConnection> connect(SlackSettings settings) {
    CompletableFuture<SlackConnection> connecting = new CompletableFuture<>();
    DaemonThreads.named("slack-connect")
        .newThread(
            () -> {
              try {
                connecting.complete(open(settings));
              } catch (RuntimeException | Error e) {
                connecting.completeExceptionally(e);
              }
            })
        .start();
    return connecting;
  }

  private static SlackConnection open(SlackSettings settings) {
    SlackConfig config = new SlackConfig();
    settings
        .apiUrl()
        .ifPresent(url -> config.setMethodsEndpointUrlPrefix(url.endsWith("/") ? url : url + "/"));
    Slack slack = Slack.getInstance(config);
    try {
      App app =
          new SlackApp(
              AppConfig.builder()
                  .slack(slack)
                  .singleTeamBotToken(settings.botToken())
                  .signingSecret(settings.signingSecret().orElse(null))
                  .build());
      app.start();
      return new SlackConnection(slack, slack.methods(settings.botToken()), app);
    } catch (RuntimeException e) {
      closeQuietly(slack);
      throw e;
    }
  }

  void close() {
    app.stop();
    closeQuietly(slack);
  }

  private static void closeQuietly(Slack slack) {
    try {
      slack.close();
    } catch (Exception e) {
      LOG.debug("closing Slack's client failed", e);
    }
  }
}
