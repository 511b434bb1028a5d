package dev.aiir.commands.grammar;

import dev.aiir.commands.IncidentCommand;
import dev.aiir.commands.nudge.Snooze;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The subcommands about reminders: pausing status-update nudges. */
final class NudgeSpecs {
  private NudgeSpecs() {}

  @Command(name = "snooze", description = "Pause status-update nudges, such as for 2h.")
  static final class SnoozeSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(arity = "1..*", paramLabel = "<duration>", description = "how long: 30m, 2h")
    List<String> words;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new Snooze(target.value(), text.from(0));
    }
  }
}
