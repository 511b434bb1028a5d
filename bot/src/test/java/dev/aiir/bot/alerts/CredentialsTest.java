package dev.aiir.bot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.config.AlertSourceSettings;
import dev.aiir.bot.config.Secret;
import dev.aiir.bot.http.HttpCall;
import dev.aiir.commands.model.AlertSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  private static final String BODY = "{\"alerts\":[]}";
  private static final Instant NOW = Instant.parse("2026-03-12T15:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private final Credentials bearer =
      new Credentials(
          AlertSourceSettings.bearer(AlertSource.ALERTMANAGER, new Secret("t0k3n", "env T")),
          CLOCK);
  private final AlertSourceSettings grafana =
      new AlertSourceSettings(
          AlertSource.GRAFANA,
          AlertSourceSettings.Auth.HMAC,
          new Secret("hmac-key", "env G"),
          "X-Grafana-Alerting-Signature",
          Optional.of("X-Grafana-Alerting-Timestamp"),
          Duration.ofMinutes(5));

  private static HttpCall call(Map<String, String> headers) {
    Map<String, List<String>> lower = new java.util.HashMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), List.of(v)));
    return new HttpCall("POST", "/alerts/x", Map.of(), lower, BODY, "127.0.0.1");
  }

  static String sign(String secret, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theRightBearerTokenPassesAndAnyOtherIsRefusedWithoutEchoingIt() {
    assertThat(bearer.refusal(call(Map.of("Authorization", "Bearer t0k3n")))).isEmpty();
    assertThat(bearer.refusal(call(Map.of("Authorization", "bearer  t0k3n ")))).isEmpty();
    assertThat(bearer.refusal(call(Map.of()))).contains("no Authorization header");
    assertThat(bearer.refusal(call(Map.of("Authorization", "Bearer guess"))))
        .contains("wrong bearer token");
    assertThat(bearer.refusal(call(Map.of("Authorization", "Basic dDBrM24="))))
        .contains("the Authorization header is not a bearer token");
  }

  @Test
  void aSignatureOverTheTimestampAndBodyPassesWhileTheTimestampIsRecent() throws Exception {
    Credentials credentials = new Credentials(grafana, CLOCK);
    String ts = Long.toString(NOW.getEpochSecond() - 30);
    String signature = sign("hmac-key", ts + ":" + BODY);

    assertThat(
            credentials.refusal(
                call(
                    Map.of(
                        "X-Grafana-Alerting-Signature", signature,
                        "X-Grafana-Alerting-Timestamp", ts))))
        .isEmpty();
    assertThat(
            credentials.refusal(
                call(
                    Map.of(
                        "X-Grafana-Alerting-Signature",
                        sign("other-key", ts + ":" + BODY),
                        "X-Grafana-Alerting-Timestamp",
                        ts))))
        .contains("wrong signature");
    String old = Long.toString(NOW.getEpochSecond() - 600);
    assertThat(
            credentials.refusal(
                call(
                    Map.of(
                        "X-Grafana-Alerting-Signature",
                        sign("hmac-key", old + ":" + BODY),
                        "X-Grafana-Alerting-Timestamp",
                        old))))
        .contains("the timestamp is 600 s away from now");
    assertThat(credentials.refusal(call(Map.of("X-Grafana-Alerting-Signature", signature))))
        .contains("no X-Grafana-Alerting-Timestamp header");
  }

  @Test
  void withoutATimestampHeaderTheSignatureIsOfTheBodyAloneAndMayCarryASha256Prefix()
      throws Exception {
    AlertSourceSettings webhook =
        new AlertSourceSettings(
            AlertSource.WEBHOOK,
            AlertSourceSettings.Auth.HMAC,
            new Secret("hook", "file /s"),
            "X-Aiir-Signature",
            Optional.empty(),
            Duration.ofMinutes(5));
    Credentials credentials = new Credentials(webhook, CLOCK);

    assertThat(credentials.refusal(call(Map.of("X-Aiir-Signature", sign("hook", BODY))))).isEmpty();
    assertThat(
            credentials.refusal(call(Map.of("X-Aiir-Signature", "sha256=" + sign("hook", BODY)))))
        .isEmpty();
    assertThat(credentials.refusal(call(Map.of()))).contains("no X-Aiir-Signature header");
  }
}
