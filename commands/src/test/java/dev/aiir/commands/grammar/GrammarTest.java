package dev.aiir.commands.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.action.AddAction;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.incident.AssignRole;
import dev.aiir.commands.incident.ChangeSeverity;
import dev.aiir.commands.incident.Declare;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.timeline.Log;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GrammarTest {
  private final CommandParser parser = new CommandParser();

  private IncidentCommand parse(String line) {
    ParseOutcome outcome = parser.parse(line);
    assertThat(outcome).as(line).isInstanceOf(ParseOutcome.Parsed.class);
    return ((ParseOutcome.Parsed) outcome).command();
  }

  @Test
  void textIsKeptAsWrittenWithItsSpacing() {
    Log log = (Log) parse("log   p50  dropped to 0.61 -- \"bad\"   ");

    assertThat(log.text()).isEqualTo("p50  dropped to 0.61 -- \"bad\"");
  }

  @Test
  void optionsMayStandAnywhereInTheText() {
    Declare declare = (Declare) parse("declare Assistant --sev 2 answers degraded --model a@v3");

    assertThat(declare.title()).isEqualTo("Assistant answers degraded");
    assertThat(declare.severity()).isEqualTo(Severity.SEV2);
    assertThat(declare.model()).contains("a@v3");
  }

  @Test
  void optionsTakeTheEqualsFormToo() {
    Log log = (Log) parse("log --at=14:23 --id=ai-ir-2026-042 alert fired");

    assertThat(log.target()).contains(new IncidentId("AI-IR-2026-042"));
    assertThat(log.at().orElseThrow().text()).isEqualTo("14:23");
    assertThat(log.text()).isEqualTo("alert fired");
  }

  @Test
  void aQuotedTitleLosesItsQuotes() {
    assertThat(((Declare) parse("declare \"GPU OOM in prod\" --sev 1")).title())
        .isEqualTo("GPU OOM in prod");
  }

  @Test
  void textThatLooksLikeAShortOptionIsText() {
    assertThat(((Log) parse("log latency -5% after rollback")).text())
        .isEqualTo("latency -5% after rollback");
  }

  @Test
  void theSlashPrefixAndCaseAreTolerated() {
    assertThat(parse("/incident SEV sev-1 wider impact"))
        .isEqualTo(new ChangeSeverity(Optional.empty(), Severity.SEV1, "wider impact"));
  }

  @Test
  void platformMentionsNameTheUser() {
    assertThat(parse("role comms <@U02|sam>"))
        .isEqualTo(new AssignRole(Optional.empty(), Role.COMMS, new UserRef("U02", "sam")));
    assertThat(((AddAction) parse("action add p0 detect poisoned samples --owner @lee")))
        .isEqualTo(
            new AddAction(
                Optional.empty(),
                Priority.P0,
                "detect poisoned samples",
                Optional.of(new UserRef("lee", "lee"))));
  }

  @Test
  void anEmptyLineIsHelp() {
    assertThat(parse("   ")).isEqualTo(new Help(List.of()));
    assertThat(parse("/incident")).isEqualTo(new Help(List.of()));
  }
}
