package dev.aiir.commands.grammar;

import dev.aiir.commands.gate.CheckGates;
import dev.aiir.commands.grammar.FollowUpSpecs.GroupSpec;
import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.rollout.HaltRollout;
import dev.aiir.commands.rollout.Promote;
import dev.aiir.commands.rollout.SetTraffic;
import dev.aiir.commands.rollout.ShowRollout;
import dev.aiir.commands.rollout.StartRollout;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The subcommands of the staged restoration of traffic (SPEC section 5). */
final class RolloutSpecs {
  private RolloutSpecs() {}

  @Command(
      name = "rollout",
      description = "Staged restoration of traffic: start, traffic, promote, halt, status, check.",
      subcommands = {
        StartSpec.class,
        TrafficSpec.class,
        PromoteSpec.class,
        HaltSpec.class,
        RolloutStatusSpec.class,
        RolloutCheckSpec.class
      })
  static final class RolloutSpec extends GroupSpec {
    @Override
    String choices() {
      return "`rollout start`, `rollout traffic <N%>`, `rollout promote`, `rollout halt <reason>`,"
          + " `rollout status` or `rollout check`";
    }
  }

  @Command(name = "start", description = "Begin at the plan's first phase (again, after a halt).")
  static final class StartSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Option(names = "--traffic", paramLabel = "N%", description = "the share to start with")
    Percent traffic;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new StartRollout(
          target.value(), traffic == null ? OptionalInt.empty() : OptionalInt.of(traffic.value()));
    }
  }

  @Command(name = "traffic", description = "Set the share of traffic within the phase's range.")
  static final class TrafficSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(index = "0", paramLabel = "<N%>", description = "the share now served")
    Percent percent;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new SetTraffic(target.value(), percent.value());
    }
  }

  @Command(
      name = "promote",
      description = "State that the exit criteria are met; move on (commander or admin).")
  static final class PromoteSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Option(
        names = "--force",
        description = "promote before the minimum soak; the words that follow are the reason")
    boolean force;

    @Parameters(arity = "0..*", paramLabel = "<reason>", description = "why (needed with --force)")
    List<String> words;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      String remark = text.from(0);
      if (force && remark.isBlank()) {
        throw new UsageError(
            "Say why: `rollout promote --force <reason>`; the reason is recorded.", null);
      }
      return new Promote(target.value(), force, remark);
    }
  }

  @Command(
      name = "halt",
      description = "Halt the rollout and cancel its timers (commander or admin).")
  static final class HaltSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(arity = "1..*", paramLabel = "<reason>", description = "why it stops")
    List<String> words;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new HaltRollout(target.value(), text.from(0));
    }
  }

  @Command(name = "status", description = "The plan, the current phase and its next timer.")
  static final class RolloutStatusSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new ShowRollout(target.value());
    }
  }

  @Command(name = "check", description = "Query the running phase's metric criteria now.")
  static final class RolloutCheckSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new CheckGates(target.value());
    }
  }
}
