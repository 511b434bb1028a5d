package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.IncidentBot;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A fault before the core is reached (reading who typed the command) is still answered. */
class SlackEdgeFaultTest {
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void aFaultReadingTheCommandsContextIsAnsweredPrivatelyWithAReference() {
    SlackContexts contexts = mock(SlackContexts.class);
    when(contexts.forCommand(any())).thenThrow(new IllegalStateException("users.info parse bug"));
    IncidentBot bot = mock(IncidentBot.class);
    IncidentSlashCommand handler =
        new IncidentSlashCommand(
            bot,
            contexts,
            null,
            null,
            null,
            new AckBudget(threads, threads, Duration.ofMillis(2500)),
            new BotMetrics());
    SlashCommandRequest request =
        new SlashCommandRequest(
            "command=%2Fincident&text=status&team_id=T1&channel_id=C1&user_id=U1"
                + "&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr&trigger_id=1",
            new RequestHeaders(Map.of()));

    Response response = handler.apply(request, new SlashCommandContext());

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getBody())
        .contains("\"response_type\":\"ephemeral\"")
        .containsPattern("Something went wrong on our side \\(ref [0-9a-f]{8}\\); nothing changed");
    verifyNoInteractions(bot);
  }
}
