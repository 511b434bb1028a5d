package dev.aiir.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.testing.BotFixture;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IncidentBotFaultTest {
  /** A store whose database is down. */
  private static final class BrokenStore implements IncidentStore {
    @Override
    public <T> T inTransaction(Tenant tenant, Function<TenantStore, T> work) {
      throw new IllegalStateException("SQLITE_IOERR: disk I/O error at /var/lib/aiir/aiir.db");
    }

    @Override
    public List<Tenant> tenants() {
      return List.of();
    }
  }

  @Test
  void aFaultIsOneShortPrivateLineWithoutInternals() {
    BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z", new BrokenStore());

    Reply reply = fixture.run("declare drift");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.isPrivate()).isTrue();
    assertThat(reply.plainText())
        .matches(
            "Something went wrong on our side \\(ref [0-9a-f]{8}\\); nothing was recorded\\. Try again\\.")
        .doesNotContain("SQLITE");
  }
}
