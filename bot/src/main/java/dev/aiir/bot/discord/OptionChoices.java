package dev.aiir.bot.discord;

import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.RecoveryStep;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.pir.ExportFormat;
import java.util.Arrays;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;

/**
 * The choices Discord offers in its form, taken from the domain's own enums and the grammar, so a
 * new severity, role or step shows up without editing the adapter.
 */
final class OptionChoices {
  private OptionChoices() {}

  static List<Choice> severities() {
    return Arrays.stream(Severity.values())
        .map(s -> new Choice(s.label() + severityHint(s), s.level()))
        .toList();
  }

  private static String severityHint(Severity severity) {
    if (severity.ordinal() == 0) {
      return " (worst)";
    }
    return severity.ordinal() == Severity.values().length - 1 ? " (mildest)" : "";
  }

  static List<Choice> priorities() {
    return Arrays.stream(Priority.values()).map(p -> new Choice(p.name(), p.name())).toList();
  }

  static List<Choice> roles() {
    return Arrays.stream(Role.values()).map(r -> new Choice(r.label(), r.label())).toList();
  }

  static List<Choice> recoverySteps() {
    return Arrays.stream(RecoveryStep.values())
        .map(s -> new Choice(s.key() + ": " + s.title(), s.key()))
        .toList();
  }

  /** The trackers ({@code true}) or the wikis. */
  static List<Choice> exportTargets(boolean trackers) {
    return Arrays.stream(ExportTarget.values())
        .filter(t -> t.isTracker() == trackers)
        .map(t -> new Choice(t.key(), t.key()))
        .toList();
  }

  static List<Choice> exportFormats() {
    return Arrays.stream(ExportFormat.values())
        .map(f -> new Choice(f.extension(), f.extension()))
        .toList();
  }
}
