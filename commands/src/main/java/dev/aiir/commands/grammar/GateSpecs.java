package dev.aiir.commands.grammar;

import dev.aiir.commands.gate.AddGate;
import dev.aiir.commands.gate.ListGates;
import dev.aiir.commands.gate.RemoveGate;
import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.model.CriterionText;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The subcommands of the rollout's metric gates: add, list and remove exit criteria. */
final class GateSpecs {
  private GateSpecs() {}

  @Command(
      name = "gate",
      description = "Metric exit criteria of rollout phases: add, list, remove.",
      subcommands = {GateAddSpec.class, GateListSpec.class, GateRemoveSpec.class})
  static final class GateSpec extends FollowUpSpecs.GroupSpec {
    @Override
    String choices() {
      return "`gate add <phase> <query> <comparison> <threshold>`, `gate list` or"
          + " `gate remove <n>`";
    }
  }

  @Command(
      name = "add",
      description =
          "Add a metric criterion to a phase, such as error_ratio < 0.01 (commander or"
              + " admin).")
  static final class GateAddSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Option(
        names = "--for",
        paramLabel = "DURATION",
        description = "how long it must hold, such as 30m (default 0: at once)")
    String holdFor;

    @Option(
        names = "--every",
        paramLabel = "DURATION",
        description = "how often it is checked, such as 1m (the default)")
    String every;

    @Option(
        names = "--failures",
        paramLabel = "N",
        description = "failing checks in a row that breach it (default 3)")
    String failures;

    @Parameters(index = "0", paramLabel = "<phase>", description = "the phase, such as canary")
    String phase;

    @Parameters(
        index = "1..*",
        arity = "1..*",
        paramLabel = "<check>",
        description = "<query> <comparison> <threshold>: eval_accuracy{model=\"$model\"} >= 0.8")
    List<String> words;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      CriterionText.Outcome outcome = CriterionText.parse(text.from(1), holdFor, every, failures);
      if (outcome instanceof CriterionText.Problem problem) {
        throw new UsageError(
            "That is not a metric criterion: " + problem.text() + ".",
            "Usage: /incident gate add <phase> <query> <comparison> <threshold> [--for 30m]"
                + " [--every 1m] [--failures 3]");
      }
      return new AddGate(target.value(), phase, outcome.criterion());
    }
  }

  @Command(name = "list", description = "Every phase's metric criteria, numbered.")
  static final class GateListSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new ListGates(target.value());
    }
  }

  @Command(name = "remove", description = "Remove metric criterion <n> (commander or admin).")
  static final class GateRemoveSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(index = "0", paramLabel = "<n>", description = "its number, from gate list")
    int number;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new RemoveGate(target.value(), number);
    }
  }
}
