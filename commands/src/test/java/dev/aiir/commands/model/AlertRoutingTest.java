package dev.aiir.commands.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class AlertRoutingTest {
  private static final Tenant ACME = new Tenant(Platform.SLACK, "T0ACME");
  private static final Map<String, String> ASSISTANT =
      Map.of("service", "assistant", "team", "ml-serving", "severity", "critical");

  private static AlertRoute route(String name, LabelMatcher... matchers) {
    return new AlertRoute(
        name,
        List.of(matchers),
        ACME,
        "C-" + name,
        AlertRoute.Mode.DECLARE,
        SeverityMap.standard(),
        false,
        false,
        Optional.empty());
  }

  @Test
  void theFirstRouteWhoseMatchersAllHoldWins() {
    AlertRouting routing =
        new AlertRouting(
            List.of(
                route("billing", LabelMatcher.equal("service", "billing")),
                route(
                    "ml",
                    LabelMatcher.regex("team", "ml-.*"),
                    LabelMatcher.equal("severity", "critical")),
                route("assistant", LabelMatcher.equal("service", "assistant"))),
            Optional.empty());

    assertThat(routing.route(ASSISTANT)).map(AlertRoute::name).contains("ml");
  }

  @Test
  void aRegexMatchesTheWholeValueAndAMissingLabelReadsAsEmpty() {
    assertThat(LabelMatcher.regex("team", "ml").matches(ASSISTANT)).isFalse();
    assertThat(LabelMatcher.regex("team", "ml-.*").matches(ASSISTANT)).isTrue();
    assertThat(new LabelMatcher("model", LabelMatcher.Op.EQUAL, "").matches(ASSISTANT)).isTrue();
    assertThat(new LabelMatcher("team", LabelMatcher.Op.NOT_EQUAL, "ml-serving").matches(ASSISTANT))
        .isFalse();
    assertThat(new LabelMatcher("team", LabelMatcher.Op.NOT_REGEX, "web-.*").matches(ASSISTANT))
        .isTrue();
  }

  @Test
  void anAlertNoRouteMatchesTakesTheFallbackOrGoesNowhere() {
    AlertRoute billing = route("billing", LabelMatcher.equal("service", "billing"));
    AlertRoute triage = route("default");

    assertThat(new AlertRouting(List.of(billing), Optional.empty()).route(ASSISTANT)).isEmpty();
    assertThat(new AlertRouting(List.of(billing), Optional.of(triage)).route(ASSISTANT))
        .contains(triage);
  }

  @Test
  void aBadRegularExpressionIsRefusedWhenTheRouteIsMade() {
    assertThatThrownBy(() -> LabelMatcher.regex("team", "ml-(["))
        .isInstanceOf(PatternSyntaxException.class);
  }

  @Test
  void severityComesFromTheMappedLabelValueOrTheValueItselfOrTheFallback() {
    SeverityMap map =
        new SeverityMap(
            "priority", Map.of("P1", Severity.SEV1, "p2", Severity.SEV2), Severity.SEV4);

    assertThat(map.of(Map.of("priority", "p1"))).isEqualTo(Severity.SEV1);
    assertThat(map.of(Map.of("priority", "P2"))).isEqualTo(Severity.SEV2);
    assertThat(map.of(Map.of("priority", "sev-3"))).isEqualTo(Severity.SEV3);
    assertThat(map.of(Map.of("priority", "whenever"))).isEqualTo(Severity.SEV4);
    assertThat(map.of(Map.of("severity", "critical"))).isEqualTo(Severity.SEV4);
    assertThat(SeverityMap.standard().of(Map.of("severity", "warning"))).isEqualTo(Severity.SEV3);
    assertThat(SeverityMap.standard().of(Map.of())).isEqualTo(Severity.SEV3);
  }
}
