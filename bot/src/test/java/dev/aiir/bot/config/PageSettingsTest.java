package dev.aiir.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageSettingsTest {
  private static final String TOKEN = "0123456789abcdef0123";

  @Test
  void thePageIsOffUnlessATokenOrOffIsConfigured() {
    assertThat(Settings.fromEnvironment(Map.of()).page()).isEqualTo(PageSettings.disabled());
    assertThat(Settings.fromEnvironment(Map.of("AIIR_PAGE_TOKEN", "OFF")).page())
        .isEqualTo(PageSettings.open());
    assertThat(Settings.fromEnvironment(Map.of("AIIR_PAGE_TOKEN", TOKEN)).page())
        .isEqualTo(PageSettings.withToken(TOKEN));
  }

  @Test
  void aShortOrSpacedTokenIsRefusedWithoutRepeatingIt() {
    for (String bad : new String[] {"short", "has spaces in it, sixteen+"}) {
      assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("AIIR_PAGE_TOKEN", bad)))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("AIIR_PAGE_TOKEN must be at least 16 printable ASCII characters")
          .hasMessageNotContaining(bad);
    }
  }

  @Test
  void theTokenNeverAppearsInTheSettingsText() {
    Settings settings =
        Settings.fromEnvironment(
            Map.of("AIIR_PAGE_TOKEN", TOKEN, "AIIR_PUBLIC_URL", "https://aiir.example.com/"));
    assertThat(settings.toString())
        .doesNotContain(TOKEN)
        .contains("page=token", "publicUrl=https://aiir.example.com");
  }

  @Test
  void thePublicUrlIsAnHttpAddressWithoutQueryAndLosesItsTrailingSlash() {
    assertThat(
            Settings.fromEnvironment(Map.of("AIIR_PUBLIC_URL", "https://aiir.example.com/ops/"))
                .core()
                .insights()
                .pageFor("slack:T1"))
        .contains("https://aiir.example.com/ops/incidents?tenant=slack%3AT1");
    for (String bad : new String[] {"aiir.example.com", "ftp://x.example.com", "https://x/?a=1"}) {
      assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("AIIR_PUBLIC_URL", bad)))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("AIIR_PUBLIC_URL must be an http(s) address");
    }
  }
}
