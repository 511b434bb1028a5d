package dev.aiir.commands.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.StoreSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BadInputTest {
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");
  private StoreSnapshot before;

  @BeforeEach
  void declareOne() {
    fixture.run("declare Assistant answers degraded --sev 2");
    before = fixture.snapshot();
  }

  private Reply refusedWithoutChange(String line) {
    Reply reply = fixture.run(line);
    assertThat(reply.refused()).as(line).isTrue();
    assertThat(reply.isPrivate()).isTrue();
    assertThat(reply.plainText()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(fixture.snapshot()).isEqualTo(before);
    return reply;
  }

  @Test
  void severityOutOfRangeSaysTheRange() {
    assertThat(refusedWithoutChange("sev 9").plainText())
        .isEqualTo(
            "Severity is 1 to 4 (SEV-1 is the worst), not '9'.\n"
                + "Usage: /incident sev [--id=AI-IR-YYYY-NNN] <1-4> [<reason>...]");
  }

  @Test
  void unknownSubcommandPointsToHelp() {
    assertThat(refusedWithoutChange("sevv 2").plainText())
        .startsWith("Unknown subcommand 'sevv'.")
        .contains("`/incident help`");
  }

  @Test
  void missingArgumentGivesTheUsage() {
    assertThat(refusedWithoutChange("log").plainText())
        .contains("Missing required parameter")
        .contains("Usage: /incident log");
  }

  @Test
  void unknownIncidentIdIsNotFound() {
    assertThat(refusedWithoutChange("log --id AI-IR-2026-999 hello").plainText())
        .isEqualTo(
            "No incident AI-IR-2026-999 in this workspace. `/incident list` shows the open ones.");
  }

  @Test
  void malformedIncidentIdSaysWhatIdsLookLike() {
    assertThat(refusedWithoutChange("status --id 42").plainText())
        .startsWith("'42' is not an incident id; ids look like AI-IR-2026-042.");
  }

  @Test
  void tenThousandCharactersAreRefused() {
    assertThat(refusedWithoutChange("log " + "x".repeat(10_000)).plainText())
        .startsWith("That command is 10,004 characters long; keep it under 4,000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "log bell \u0007 here",
        "log nul \u0000",
        "log rtl \u202E evil",
        "log esc \u001B[31m"
      })
  void controlCharactersAreRefused(String line) {
    assertThat(refusedWithoutChange(line).plainText()).contains("invisible character U+");
  }

  @Test
  void unknownOptionIsRefusedNotTakenAsText() {
    assertThat(refusedWithoutChange("log --att 14:23 model drift").plainText())
        .startsWith("Unknown option '--att' for `/incident log`.");
  }

  @Test
  void badTimeSaysWhichFormsWork() {
    assertThat(refusedWithoutChange("log --at 25:99 late").plainText())
        .startsWith("Time is HH:MM or ISO-8601");
  }

  @Test
  void unknownRoleAndPriorityAndStepAreRefused() {
    refusedWithoutChange("role boss @sam");
    refusedWithoutChange("action add P7 fix it");
    refusedWithoutChange("recovery done everything");
    refusedWithoutChange("action done 3");
    refusedWithoutChange("action done three");
  }

  @Test
  void aGroupAloneAsksWhichSubcommand() {
    assertThat(refusedWithoutChange("action").plainText()).startsWith("Say which one:");
  }

  @Test
  void extraWordsAfterAWordlessCommandAreRefused() {
    assertThat(refusedWithoutChange("ack now please").plainText()).startsWith("Unexpected");
  }

  @Test
  void atFilesAreNotRead() {
    Reply reply = fixture.run("log @/etc/passwd");

    assertThat(reply.refused()).isFalse();
    assertThat(fixture.timeline("AI-IR-2026-001").get(1).text()).isEqualTo("@/etc/passwd");
  }
}
