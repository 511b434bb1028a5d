package dev.aiir.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.bot.config.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {
  @Test
  void withoutATokenDiscordIsOff() {
    assertThat(DiscordSettings.fromEnvironment(Map.of("DISCORD_API_URL", "http://x/"))).isEmpty();
  }

  @Test
  void everyVariableIsReadAndTheTokenIsNeverShown() {
    DiscordSettings settings =
        DiscordSettings.fromEnvironment(
                Map.of(
                    "DISCORD_TOKEN", "secret-token",
                    "DISCORD_API_URL", "http://127.0.0.1:9/api/v10",
                    "DISCORD_GATEWAY_URL", "ws://127.0.0.1:10",
                    "AIIR_DISCORD_GUILD", "123",
                    "AIIR_DISCORD_ADMIN_ROLES", " 1, 2 ,,3",
                    "AIIR_DISCORD_CATEGORY", "Active incidents"))
            .orElseThrow();

    assertThat(settings.apiUrl()).contains("http://127.0.0.1:9/api/v10/");
    assertThat(settings.gatewayUrl()).contains("ws://127.0.0.1:10");
    assertThat(settings.guildId()).contains("123");
    assertThat(settings.adminRoleIds()).containsExactlyInAnyOrder("1", "2", "3");
    assertThat(settings.incidentCategory()).isEqualTo("Active incidents");
    assertThat(settings.toString()).doesNotContain("secret-token");
  }

  @Test
  void aBadValueNamesItsVariable() {
    assertThatThrownBy(
            () ->
                DiscordSettings.fromEnvironment(
                    Map.of("DISCORD_TOKEN", "t", "AIIR_DISCORD_GUILD", "ops")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("AIIR_DISCORD_GUILD");
    assertThatThrownBy(
            () ->
                DiscordSettings.fromEnvironment(
                    Map.of("DISCORD_TOKEN", "t", "DISCORD_GATEWAY_URL", "http://x")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DISCORD_GATEWAY_URL");
  }
}
