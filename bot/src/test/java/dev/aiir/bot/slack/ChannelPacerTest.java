package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Slack's one message per second per channel, kept with an injected clock and sleeper: a burst is
 * spaced out and every message is posted; other channels do not wait.
 */
class ChannelPacerTest {
  private static final Instant T0 = Instant.parse("2026-03-12T14:40:00Z");

  /** A clock the sleeper moves forward, so waiting takes no real time. */
  private static final class SteppedClock extends Clock {
    private Instant now = T0;

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final SteppedClock clock = new SteppedClock();
  private final List<Duration> waits = new ArrayList<>();
  private final Sleeper sleeper =
      duration -> {
        waits.add(duration);
        clock.now = clock.now.plus(duration);
      };

  @Test
  void aBurstToOneChannelIsSpacedOneSecondApart() throws Exception {
    ChannelPacer pacer = new ChannelPacer(clock, sleeper, ChannelPacer.SLACK_INTERVAL);

    for (int i = 0; i < 4; i++) {
      pacer.awaitTurn("C1");
    }

    assertThat(waits)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(clock.now).isEqualTo(T0.plusSeconds(3));
  }

  @Test
  void aQuietChannelDoesNotWaitAndChannelsDoNotWaitForEachOther() throws Exception {
    ChannelPacer pacer = new ChannelPacer(clock, sleeper, ChannelPacer.SLACK_INTERVAL);

    pacer.awaitTurn("C1");
    assertThat(pacer.awaitTurn("C2")).isZero();
    clock.now = clock.now.plusSeconds(5);
    assertThat(pacer.awaitTurn("C1")).isZero();

    assertThat(waits).isEmpty();
  }

  @Test
  void aBurstOfRemindersThroughTheSlackPlatformIsDelayedNeverDropped() throws Exception {
    try (FakeSlack fake = new FakeSlack()) {
      SlackConfig config = new SlackConfig();
      config.setMethodsEndpointUrlPrefix(fake.apiUrl());
      try (Slack slack = Slack.getInstance(config)) {
        // The clock stands still: each post must wait one second longer than the one before.
        Clock still = Clock.fixed(T0, ZoneOffset.UTC);
        List<Duration> paced = new ArrayList<>();
        ChannelPacer pacer = new ChannelPacer(still, paced::add, ChannelPacer.SLACK_INTERVAL);
        SlackChatPlatform platform =
            new SlackChatPlatform(new SlackApi(slack.methods("xoxb-test"), d -> {}), pacer);
        Tenant tenant = new Tenant(Platform.SLACK, FakeSlack.TEAM);

        for (int i = 1; i <= 5; i++) {
          platform.post(tenant, "C1", Message.text("reminder " + i));
        }

        assertThat(fake.calls("chat.postMessage"))
            .extracting(c -> c.params().get("text"))
            .containsExactly("reminder 1", "reminder 2", "reminder 3", "reminder 4", "reminder 5");
        assertThat(paced)
            .containsExactly(
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(3),
                Duration.ofSeconds(4));
      }
    }
  }
}
