package dev.aiir.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void defaultsAreTheSqliteFileAndUtc() {
    Settings settings = Settings.fromEnvironment(Map.of());

    assertThat(settings.databaseUrl()).isEqualTo("jdbc:sqlite:aiir.db");
    assertThat(settings.core().teamZone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(settings.core().idPrefix()).isEqualTo("AI-IR");
    assertThat(settings.anyPlatformToken()).isFalse();
  }

  @Test
  void aBadTimeZoneNamesTheVariable() {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("AIIR_TIMEZONE", "Mars/Olympus")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("AIIR_TIMEZONE 'Mars/Olympus' is not a time zone");
  }

  @Test
  void aBadPrefixIsRefused() {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("AIIR_ID_PREFIX", "ai ir")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("AIIR_ID_PREFIX");
  }

  @Test
  void secretsNeverAppearInTheSettingsText() {
    Settings settings =
        Settings.fromEnvironment(
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-secret-1",
                "DISCORD_TOKEN", "discord-secret-2",
                "AIIR_DB_URL", "jdbc:postgresql://db/aiir?user=aiir&password=hunter2"));

    assertThat(settings.toString())
        .doesNotContain("xoxb-secret-1")
        .doesNotContain("discord-secret-2")
        .doesNotContain("hunter2")
        .contains("slack=set");
  }
}
