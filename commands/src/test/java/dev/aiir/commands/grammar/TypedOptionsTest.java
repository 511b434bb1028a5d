package dev.aiir.commands.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimeInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedOptionsTest {
  @Test
  void typedValuesAreReadAsTheGrammarReadsThem() {
    assertThat(TypedOptions.read(Severity.class, "2")).isEqualTo(Severity.SEV2);
    assertThat(TypedOptions.read(IncidentId.class, "ai-ir-2026-042"))
        .isEqualTo(new IncidentId("AI-IR-2026-042"));
    assertThat(TypedOptions.read(TimeInput.class, "14:23")).isEqualTo(new TimeInput("14:23"));
  }

  @Test
  void aBadValueIsAnsweredWithTheGrammarsOwnSentence() {
    String typed =
        ((ParseOutcome.Refused) new CommandParser().parse("log --at yesterday it broke")).problem();

    assertThatThrownBy(() -> TypedOptions.read(TimeInput.class, "yesterday"))
        .isInstanceOf(OptionProblem.class)
        .hasMessage("Time is HH:MM or ISO-8601 such as 2026-03-12T14:23Z, not 'yesterday'.");
    assertThat(typed).startsWith("Time is HH:MM or ISO-8601 such as 2026-03-12T14:23Z");
  }

  @Test
  void freeTextFollowsTheCommandLineRules() {
    assertThat(TypedOptions.text("p50 dropped")).isEqualTo("p50 dropped");
    assertThatThrownBy(() -> TypedOptions.text("evil \u202E text"))
        .isInstanceOf(OptionProblem.class)
        .hasMessageContaining("U+202E");
  }

  @Test
  void theOutlineListsEverySubcommandWithItsOptionsAndParameters() {
    List<SubcommandOutline> outline = CommandParser.outline();

    assertThat(outline)
        .extracting(SubcommandOutline::path)
        .contains("declare", "sev", "action", "action add", "recovery", "recovery done", "help");
    assertThat(outline)
        .filteredOn(o -> o.path().equals("declare"))
        .singleElement()
        .satisfies(
            declare -> {
              assertThat(declare.words())
                  .containsExactlyInAnyOrder("--sev", "--detected", "--model", "<title>");
              assertThat(declare.description())
                  .isEqualTo("Open an incident; you become its commander.");
              assertThat(declare.runnable()).isTrue();
            });
    assertThat(outline)
        .filteredOn(o -> o.path().equals("action"))
        .singleElement()
        .satisfies(group -> assertThat(group.runnable()).isFalse());
    assertThat(outline)
        .filteredOn(o -> o.path().equals("recovery"))
        .singleElement()
        .satisfies(show -> assertThat(show.runnable()).isTrue());
  }
}
