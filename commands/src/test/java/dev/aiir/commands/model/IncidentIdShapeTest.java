package dev.aiir.commands.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The id's shape is checked without a regex, and says exactly what the regex says. */
class IncidentIdShapeTest {

  @Test
  void theCheckAgreesWithTheRegexOnIdsAndNearMisses() {
    String[] samples = {
      "AI-IR-2026-042",
      "AI-IR-2026-1234",
      "A-2026-001",
      "A1-B2-2026-001",
      "AI-IR-2026-04",
      "AI-IR-26-042",
      "ai-ir-2026-042",
      "1A-2026-001",
      "AI--IR-2026-042",
      "-AI-2026-042",
      "AI-2026-042-",
      "AI-2026--042",
      "2026-042",
      "AI-IR-2026-0042",
      "AI-IR-20266-042",
      "",
      "AI_IR-2026-042",
      "AI-IR-2026-04a",
      "A-1-2026-001",
      "AI-IR-2026-042 "
    };
    for (String sample : samples) {
      assertThat(IncidentId.hasShape(sample))
          .as(sample)
          .isEqualTo(IncidentId.SHAPE.matcher(sample).matches());
    }
  }

  @Test
  void theCheckAgreesWithTheRegexOnRandomText() {
    Random random = new Random(42);
    String alphabet = "AZI0129-a_ ";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String sample = text.toString();
      assertThat(IncidentId.hasShape(sample))
          .as(sample)
          .isEqualTo(IncidentId.SHAPE.matcher(sample).matches());
    }
  }
}
