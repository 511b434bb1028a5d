package dev.aiir.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.port.CommandOutcomes;
import dev.aiir.commands.port.CommandOutcomes.Outcome;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.testing.BotFixture;
import org.junit.jupiter.api.Test;

class IncidentBotFaultTest {
  /** A store whose database is down: every transaction fails before it starts. */
  private static IncidentStore brokenStore() {
    IncidentStore store = mock(IncidentStore.class);
    when(store.inTransaction(any(), any()))
        .thenThrow(
            new IllegalStateException("SQLITE_IOERR: disk I/O error at /var/lib/aiir/aiir.db"));
    return store;
  }

  @Test
  void aFaultIsOneShortPrivateLineWithoutInternals() {
    BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z", brokenStore());

    Reply reply = fixture.run("declare drift");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.isPrivate()).isTrue();
    assertThat(reply.plainText())
        .matches(
            "Something went wrong on our side \\(ref [0-9a-f]{8}\\); nothing was recorded\\. Try again\\.")
        .doesNotContain("SQLITE");
  }

  @Test
  void aFaultIsCountedOnceAsFailedUnderTheCommandsName() {
    CommandOutcomes outcomes = mock(CommandOutcomes.class);
    BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z", brokenStore());
    IncidentBot bot = new IncidentBot(fixture.core, outcomes);

    bot.execute(BotFixture.context(BotFixture.MAYA), "declare drift");

    verify(outcomes, times(1)).ended("declare", Outcome.FAILED);
    verifyNoMoreInteractions(outcomes);
  }
}
