package dev.aiir.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.grammar.CommandParser;
import dev.aiir.commands.grammar.OptionProblem;
import dev.aiir.commands.grammar.ParseOutcome;
import dev.aiir.commands.grammar.SubcommandOutline;
import dev.aiir.commands.handling.IncidentCommand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentSlashCommandsTest {
  /** Options as a map: name to the value Discord would send. */
  private static final class MapOptions implements OptionReader {
    private final Map<String, String> values = new HashMap<>();

    MapOptions(String... pairs) {
      for (String pair : pairs) {
        int colon = pair.indexOf(':');
        values.put(pair.substring(0, colon), pair.substring(colon + 1));
      }
    }

    @Override
    public Optional<String> raw(String name) {
      return Optional.ofNullable(values.get(name));
    }

    @Override
    public Optional<UserRef> person(String name) {
      // Discord sends a user option's id; the grammar reads "@name" as id and name alike.
      return raw(name).map(n -> new UserRef(n, n));
    }
  }

  @Test
  void everyGrammarSubcommandHasADiscordMappingWithTheSameOptions() {
    for (SubcommandOutline outline : CommandParser.outline()) {
      if (!outline.runnable()) {
        continue;
      }
      assertThat(IncidentSlashCommands.ALL)
          .as("a Discord mapping of `%s`", outline.path())
          .filteredOn(s -> s.grammarPath().equals(outline.path()))
          .singleElement()
          .satisfies(
              s ->
                  assertThat(s.options().stream().map(DiscordOption::grammarWord).toList())
                      .as("the options of `%s`", outline.path())
                      .containsExactlyInAnyOrderElementsOf(outline.words()));
    }
    assertThat(IncidentSlashCommands.ALL)
        .hasSize(
            (int) CommandParser.outline().stream().filter(SubcommandOutline::runnable).count());
  }

  @Test
  void theDefinitionIsOneDiscordAccepts() {
    SlashCommandData command = SlashCommandDefinition.build();

    assertThat(command.getSubcommands()).hasSizeLessThanOrEqualTo(25);
    assertThat(command.getSubcommandGroups())
        .extracting(g -> g.getName())
        .containsExactly("recovery", "rollout", "gate", "action", "pir", "managers");
    assertThat(command.toData().toString()).contains("\"name\":\"SEV-1 (worst)\"");
  }

  @ParameterizedTest(name = "{0} == {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "declare|declare GPU OOM in prod --sev 2 --detected 14:23 --model a@v3|title:GPU OOM in prod,severity:2,detected:14:23,model:a@v3",
        "declare|declare GPU OOM|title:GPU OOM",
        "declare|declare|",
        "declare|declare --sev 2 --model a@v3|severity:2,model:a@v3",
        "ack|ack --id AI-IR-2026-042|id:AI-IR-2026-042",
        "sev|sev 1 it spread|level:1,reason:it spread",
        "log|log --at 14:31 canary p50 0.61|text:canary p50 0.61,at:14:31",
        "status|status|",
        "snooze|snooze 2h|duration:2h",
        "managers add|managers add @boss|who:@boss",
        "managers list|managers list|",
        "role|role comms @lee|role:comms,user:lee",
        "rollback|rollback assistant v3.1 bad tune|model:assistant,version:v3.1,reason:bad tune",
        "rootcause|rootcause poisoned data|text:poisoned data",
        "impact|impact 12k users|text:12k users",
        "recovery|recovery|",
        "recovery done|recovery done retrain new weights|step:retrain,note:new weights",
        "rollout start|rollout start|",
        "rollout start|rollout start --traffic 3% --id AI-IR-2026-042|traffic:3,id:AI-IR-2026-042",
        "rollout traffic|rollout traffic 15%|percent:15",
        "rollout promote|rollout promote|",
        "rollout promote|rollout promote dashboards clean|reason:dashboards clean",
        "rollout promote|rollout promote --force ceo approved|force:true,reason:ceo approved",
        "rollout halt|rollout halt error rate doubled|reason:error rate doubled",
        "rollout status|rollout status|",
        "rollout check|rollout check --id AI-IR-2026-042|id:AI-IR-2026-042",
        "gate add|gate add canary error_ratio < 0.01|phase:canary,check:error_ratio < 0.01",
        "gate add|gate add limited eval_accuracy{model=\"$model\"} >= 0.8 --for 30m --every 2m"
            + " --failures 5|phase:limited,check:eval_accuracy{model=\"$model\"} >= 0.8,for:30m,"
            + "every:2m,failures:5",
        "gate list|gate list|",
        "gate remove|gate remove 2|number:2",
        "action add|action add P1 add a canary --owner @lee|priority:P1,text:add a canary,owner:lee",
        "action list|action list|",
        "action done|action done 2|number:2",
        "resolve|resolve back on v3.1|summary:back on v3.1",
        "pir draft|pir draft|",
        "pir export|pir export|",
        "pir export|pir export json --id AI-IR-2026-042|format:json,id:AI-IR-2026-042",
        "pir done|pir done https://docs/pir-42|link:https://docs/pir-42",
        "list|list|",
        "report|report|",
        "report|report --since 2w --severity 1 --model ranker|since:2w,severity:1,model:ranker",
        "help|help action add|topic:action add",
      })
  void discordOptionsMakeTheSameCommandAsTheTypedLine(String path, String line, String options) {
    IncidentCommand typed = ((ParseOutcome.Parsed) new CommandParser().parse(line)).command();
    String[] pairs = options == null ? new String[0] : options.split(",");

    IncidentCommand chosen = mapping(path).command(new MapOptions(pairs));

    assertThat(chosen).isEqualTo(typed);
  }

  @Test
  void aValueTheGrammarWouldRefuseIsRefusedInItsWords() {
    assertThatThrownBy(() -> mapping("sev").command(new MapOptions("level:7")))
        .isInstanceOf(OptionProblem.class)
        .hasMessage("Severity is 1 to 4 (SEV-1 is the worst), not '7'.");
    assertThatThrownBy(() -> mapping("log").command(new MapOptions("text:a \u202E b")))
        .isInstanceOf(OptionProblem.class)
        .hasMessageContaining("U+202E");
    assertThatThrownBy(
            () ->
                mapping("gate add")
                    .command(new MapOptions("phase:canary", "check:error_ratio lt 0.01")))
        .isInstanceOf(OptionProblem.class)
        .hasMessage(
            "That is not a metric criterion: 'lt' is not a comparison; use <, <=, >, >=, == or"
                + " !=.");
    assertThatThrownBy(() -> mapping("rollout promote").command(new MapOptions("force:true")))
        .isInstanceOf(OptionProblem.class)
        .hasMessage("Say why: `rollout promote --force <reason>`; the reason is recorded.");
  }

  private static SlashSubcommand mapping(String grammarPath) {
    return IncidentSlashCommands.ALL.stream()
        .filter(s -> s.grammarPath().equals(grammarPath))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theBuiltCommandSaysWhetherItIsSlowAsTheTypedLineDoes() {
    // Answered by deferring at once: the core says which commands read history or render files.
    assertThat(mapping("pir draft").command(new MapOptions()).slow()).isTrue();
    assertThat(mapping("pir export").command(new MapOptions("format:json")).slow()).isTrue();
    assertThat(mapping("pir done").command(new MapOptions("link:https://x")).slow()).isFalse();
    assertThat(mapping("status").command(new MapOptions()).slow()).isFalse();
    assertThat(mapping("rollout check").command(new MapOptions()).slow()).isTrue();
  }

  @Test
  void groupsAreFoundByDiscordsPath() {
    assertThat(IncidentSlashCommands.find("recovery", "show"))
        .map(SlashSubcommand::grammarPath)
        .contains("recovery");
    assertThat(IncidentSlashCommands.find(null, "declare")).isPresent();
    assertThat(IncidentSlashCommands.find(null, "rollout")).isEmpty();
    assertThat(List.of(IncidentSlashCommands.discordPath("recovery")))
        .containsExactly("recovery show");
  }
}
