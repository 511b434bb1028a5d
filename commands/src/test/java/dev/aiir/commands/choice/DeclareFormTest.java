package dev.aiir.commands.choice;

import static dev.aiir.commands.testing.BotFixture.CHANNEL;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.FormField;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.StoreSnapshot;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeclareFormTest {
  private final BotFixture fixture = new BotFixture("2026-03-12T14:00:00Z");
  private final CommandContext sam = new CommandContext(TENANT, SAM, CHANNEL, false);

  private static Map<String, String> answers(String... pairs) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return values;
  }

  private Form formOf(Reply reply) {
    return reply.formToOpen().orElseThrow(() -> new AssertionError("no form in " + reply));
  }

  @Test
  void declareWithoutATitleOpensTheFormAndDeclaresNothing() {
    StoreSnapshot before = fixture.snapshot();

    Reply reply = fixture.as(SAM, "declare");

    Form form = formOf(reply);
    assertThat(form.id()).isEqualTo("aiir:declare");
    assertThat(form.fields())
        .extracting(FormField::key)
        .containsExactly("title", "severity", "detected", "model");
    assertThat(form.fields().get(1).options()).hasSize(4);
    assertThat(form.fields().get(1).initial()).isEqualTo("SEV-3");
    assertThat(reply.isPrivate()).isTrue();
    assertThat(reply.plainText()).contains("/incident declare <title>");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @Test
  void whatWasTypedBesideDeclareFillsTheForm() {
    Form form = formOf(fixture.as(SAM, "declare --sev 1 --detected 13:55 --model llm@4.1"));

    assertThat(form.fields())
        .extracting(FormField::initial)
        .containsExactly("", "SEV-1", "13:55", "llm@4.1");
  }

  @Test
  void submittingTheFormDeclaresWithItsAnswers() {
    Pressed pressed =
        fixture.bot.submit(
            sam,
            "aiir:declare",
            answers(
                "title", "Assistant gives degraded answers",
                "severity", "SEV-2",
                "detected", "13:52",
                "model", "assistant@2026-03"));

    assertThat(pressed.reply().refused()).isFalse();
    assertThat(pressed.record()).isEmpty();
    Incident incident = fixture.incident("AI-IR-2026-001");
    assertThat(incident.title()).isEqualTo("Assistant gives degraded answers");
    assertThat(incident.severity()).isEqualTo(Severity.SEV2);
    assertThat(incident.detectedAt()).isEqualTo(Instant.parse("2026-03-12T13:52:00Z"));
    assertThat(incident.commander()).contains(SAM);
  }

  @Test
  void aBadDetectionTimeIsNamedBesideItsFieldAndNothingIsDeclared() {
    StoreSnapshot before = fixture.snapshot();

    Pressed pressed =
        fixture.bot.submit(
            sam, "aiir:declare", answers("title", "Outage", "detected", "yesterday-ish"));

    assertThat(pressed.reply().refused()).isTrue();
    assertThat(pressed.fieldErrors()).containsOnlyKeys("detected");
    assertThat(pressed.reply().plainText()).contains("yesterday-ish");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @Test
  void aMissingTitleOrAnInvisibleCharacterIsRefusedAndNothingIsDeclared() {
    StoreSnapshot before = fixture.snapshot();

    Pressed missing = fixture.bot.submit(sam, "aiir:declare", answers("severity", "SEV-1"));
    Pressed hidden =
        fixture.bot.submit(sam, "aiir:declare", answers("title", "Outage \u202E reversed"));

    assertThat(missing.fieldErrors()).containsOnlyKeys("title");
    assertThat(missing.reply().plainText()).contains("What is wrong");
    assertThat(hidden.fieldErrors()).containsOnlyKeys("title");
    assertThat(hidden.reply().plainText()).contains("U+202E");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @Test
  void aTitleLongerThanTheFieldAllowsIsRefused() {
    StoreSnapshot before = fixture.snapshot();

    Pressed pressed = fixture.bot.submit(sam, "aiir:declare", answers("title", "x".repeat(201)));

    assertThat(pressed.fieldErrors()).containsOnlyKeys("title");
    assertThat(pressed.reply().plainText()).contains("200 characters");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }
}
