package dev.aiir.commands.choice;

import dev.aiir.commands.alert.DeclareAlert;
import dev.aiir.commands.chat.FormField;
import dev.aiir.commands.grammar.OptionProblem;
import dev.aiir.commands.grammar.TypedOptions;
import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.incident.Declare;
import dev.aiir.commands.model.ChoiceId;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimeInput;
import dev.aiir.commands.nudge.Snooze;
import dev.aiir.commands.pir.CompletePir;
import dev.aiir.commands.pir.DraftPir;
import dev.aiir.commands.rollout.HaltRollout;
import dev.aiir.commands.rollout.Promote;
import dev.aiir.commands.rollout.ShowRollout;
import dev.aiir.commands.timeline.Log;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command a button or a submitted form runs: the same command value a typed command builds, so
 * the same handler, permission checks and timeline entry follow. Answers are read with the
 * grammar's own rules (length, invisible characters, severities, times).
 */
final class ChoiceCommands {
  static final String SNOOZE_LENGTH = "30m";

  private ChoiceCommands() {}

  /**
   * @throws FieldProblem when an answer is missing or unusable
   */
  static IncidentCommand of(ChoiceId id, Map<String, String> values, List<FormField> fields) {
    Answers answers = new Answers(values, fields);
    Optional<IncidentId> target = id.incident();
    return switch (id.kind()) {
      case PROMOTE -> new Promote(target, false, answers.optional(ChoiceForms.REMARK));
      case HALT -> new HaltRollout(target, answers.required(ChoiceForms.REASON));
      case ROLLOUT_STATUS -> new ShowRollout(target);
      case DRAFT_PIR -> new DraftPir(target);
      case MARK_PIR_DONE -> new CompletePir(target, answers.required(ChoiceForms.LINK));
      case POST_UPDATE -> new Log(target, Optional.empty(), answers.required(ChoiceForms.TEXT));
      case SNOOZE -> new Snooze(target, SNOOZE_LENGTH);
      case DECLARE -> declare(answers);
      case DECLARE_ALERT -> new DeclareAlert(id.alertId().orElseThrow());
    };
  }

  private static Declare declare(Answers answers) {
    String title = answers.required(ChoiceForms.TITLE);
    Severity severity = answers.typed(ChoiceForms.SEVERITY, Severity.class).orElse(Severity.SEV3);
    Optional<TimeInput> detected = answers.typed(ChoiceForms.DETECTED, TimeInput.class);
    String model = answers.optional(ChoiceForms.MODEL);
    return new Declare(
        title, severity, detected, model.isEmpty() ? Optional.empty() : Optional.of(model));
  }

  /** A form's answers, each checked against its field and the grammar's input rules. */
  private record Answers(Map<String, String> values, List<FormField> fields) {
    String required(String key) {
      String value = optional(key);
      if (value.isEmpty()) {
        throw new FieldProblem(key, ChoiceMessages.missing(label(key)));
      }
      return value;
    }

    String optional(String key) {
      String value = values.getOrDefault(key, "");
      value = value == null ? "" : value.strip();
      int max = field(key).map(FormField::maxLength).orElse(0);
      if (max > 0 && value.length() > max) {
        throw new FieldProblem(key, ChoiceMessages.tooLong(label(key), max));
      }
      try {
        return TypedOptions.text(value);
      } catch (OptionProblem problem) {
        throw new FieldProblem(key, problem.getMessage());
      }
    }

    <T> Optional<T> typed(String key, Class<T> type) {
      String value = optional(key);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(TypedOptions.read(type, value));
      } catch (OptionProblem problem) {
        throw new FieldProblem(key, problem.getMessage());
      }
    }

    private Optional<FormField> field(String key) {
      return fields.stream().filter(x -> x.key().equals(key)).findFirst();
    }

    private String label(String key) {
      return field(key).map(FormField::label).orElse(key);
    }
  }
}
