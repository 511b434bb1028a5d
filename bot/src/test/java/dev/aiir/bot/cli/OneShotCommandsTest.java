package dev.aiir.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.config.Settings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code draft} and {@code export} run on the settings they are given, not the environment. */
class OneShotCommandsTest {
  @TempDir Path dir;

  @Test
  void exportReadsTheStoreItsSettingsName() {
    Settings settings =
        Settings.fromEnvironment(Map.of("AIIR_DB_URL", "jdbc:sqlite:" + dir.resolve("given.db")));

    int exit = Main.run(() -> settings, "export", "AI-IR-2026-404");

    assertThat(exit).isEqualTo(2);
    assertThat(dir.resolve("given.db")).exists();
  }
}
