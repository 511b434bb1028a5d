package dev.aiir.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.testing.MutableClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordRegistrationTest {
  @TempDir Path dir;

  @Test
  void connectingRegistersIncidentInTheConfiguredGuildWithEverySubcommand() throws Exception {
    try (DiscordHarness harness =
        new DiscordHarness(dir, MutableClock.at("2026-03-12T14:40:00Z"))) {
      RestCall registration =
          harness.discord.await(c -> c.is("PUT", "applications/\\d+/guilds/\\d+/commands"));

      DataObject incident = registration.bodyArray().getObject(0);
      assertThat(incident.getString("name")).isEqualTo("incident");
      assertThat(paths(incident.getArray("options")))
          .containsExactly(
              "declare",
              "ack",
              "sev",
              "log",
              "status",
              "snooze",
              "role",
              "rollback",
              "rootcause",
              "impact",
              "resolve",
              "list",
              "report",
              "help",
              "recovery show",
              "recovery done",
              "rollout start",
              "rollout traffic",
              "rollout promote",
              "rollout halt",
              "rollout status",
              "rollout check",
              "gate add",
              "gate list",
              "gate remove",
              "action add",
              "action list",
              "action done",
              "action export",
              "pir draft",
              "pir export",
              "pir publish",
              "pir done",
              "managers add",
              "managers remove",
              "managers list");
      assertThat(harness.discord.calls()).noneMatch(c -> c.is("PUT", "applications/\\d+/commands"));
      assertThat(harness.logs.problems()).isEmpty();
    }
  }

  @Test
  void withoutAGuildTheCommandIsRegisteredGlobally() throws Exception {
    try (DiscordHarness harness =
        new DiscordHarness(
            dir,
            MutableClock.at("2026-03-12T14:40:00Z"),
            Answering.DEFER_AFTER,
            store -> store,
            false)) {
      RestCall registration = harness.discord.await(c -> c.is("PUT", "applications/\\d+/commands"));

      assertThat(registration.bodyArray().getObject(0).getString("name")).isEqualTo("incident");
      assertThat(harness.discord.calls()).noneMatch(c -> c.path().contains("/guilds/"));
    }
  }

  private static List<String> paths(DataArray options) {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < options.length(); i++) {
      DataObject option = options.getObject(i);
      if (option.getInt("type") == 2) {
        DataArray subs = option.getArray("options");
        for (int j = 0; j < subs.length(); j++) {
          paths.add(option.getString("name") + " " + subs.getObject(j).getString("name"));
        }
      } else {
        paths.add(option.getString("name"));
      }
    }
    return paths;
  }
}
