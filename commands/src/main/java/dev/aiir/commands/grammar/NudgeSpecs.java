package dev.aiir.commands.grammar;

import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.manager.ChangeManagers;
import dev.aiir.commands.manager.ListManagers;
import dev.aiir.commands.nudge.Snooze;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The subcommands about reminders: pausing status-update nudges, and who the managers are. */
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

  @Command(
      name = "managers",
      description = "Who gets managers' reminders: add, remove, list.",
      subcommands = {ManagersAddSpec.class, ManagersRemoveSpec.class, ManagersListSpec.class})
  static final class ManagersSpec extends FollowUpSpecs.GroupSpec {
    @Override
    String choices() {
      return "`managers add <@user|#channel>`, `managers remove <@user|#channel>` or"
          + " `managers list`";
    }
  }

  @Command(name = "add", description = "Add a manager (incident admins).")
  static final class ManagersAddSpec extends SubcommandSpec {
    @Parameters(index = "0", paramLabel = "<@user|#channel>", description = "who")
    String who;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new ChangeManagers(ChangeManagers.Change.ADD, who);
    }
  }

  @Command(name = "remove", description = "Remove a manager added here (incident admins).")
  static final class ManagersRemoveSpec extends SubcommandSpec {
    @Parameters(index = "0", paramLabel = "<@user|#channel>", description = "who")
    String who;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new ChangeManagers(ChangeManagers.Change.REMOVE, who);
    }
  }

  @Command(name = "list", description = "Who gets managers' reminders.")
  static final class ManagersListSpec extends SubcommandSpec {
    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new ListManagers();
    }
  }
}
