package dev.aiir.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.InMemoryIncidentStore;
import dev.aiir.commands.testing.MutableClock;
import dev.aiir.commands.testing.RecordingTimers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every command's ending is told once: answered, refused or failed, under its command's name. */
class CommandOutcomesTest {
  private final List<String> told = new ArrayList<>();

  @Test
  void answeredRefusedAndInvalidCommandsAreToldByName() {
    IncidentBot bot = bot(new InMemoryIncidentStore());

    run(bot, "declare GPU OOM --sev 2");
    run(bot, "action done 7");
    run(bot, "frobnicate");
    run(bot, "status");

    assertThat(told)
        .containsExactly(
            "declare ANSWERED",
            "complete_action REFUSED",
            "invalid REFUSED",
            "show_status ANSWERED");
  }

  @Test
  void aFaultIsToldAsAFailure() {
    IncidentBot bot = bot(new BrokenStore());

    run(bot, "declare GPU OOM");

    assertThat(told).containsExactly("declare FAILED");
  }

  private IncidentBot bot(IncidentStore store) {
    ChatPlatforms chat = new ChatPlatforms();
    Core core =
        new Core(
            store,
            new RecordingTimers(),
            chat,
            MutableClock.at("2026-03-12T14:40:00Z"),
            CoreSettings.defaults());
    return new IncidentBot(core, (command, outcome) -> told.add(command + " " + outcome));
  }

  private void run(IncidentBot bot, String line) {
    Tenant tenant = BotFixture.TENANT;
    UserRef maya = BotFixture.MAYA;
    bot.execute(new CommandContext(tenant, maya, BotFixture.CHANNEL, true), line);
  }

  /** A store whose database is down. */
  private static final class BrokenStore implements IncidentStore {
    @Override
    public <T> T inTransaction(Tenant tenant, Function<TenantStore, T> work) {
      throw new IllegalStateException("the database is down");
    }
  }
}
