package dev.aiir.commands.choice;

import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.FormField;
import dev.aiir.commands.chat.FormField.Option;
import dev.aiir.commands.model.ChoiceId;
import dev.aiir.commands.model.ChoiceKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The forms behind the buttons that need more than a press (a confirmation, a reason, a link, an
 * update's text) and the declare form. Titles stay within Slack's 24 characters.
 */
final class ChoiceForms {
  static final String REMARK = "remark";
  static final String REASON = "reason";
  static final String LINK = "link";
  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String SEVERITY = "severity";
  static final String DETECTED = "detected";
  static final String MODEL = "model";

  /** Discord's limit on a text input; Slack's is 3,000, so both platforms accept every field. */
  static final int LONG = 2000;

  private ChoiceForms() {}

  /** Asks the presser to confirm that the phase's exit criteria are met. */
  static Form promote(ChoiceId id, Incident incident, Phase phase, Optional<Phase> next) {
    String to = next.map(p -> "to " + p.name()).orElse("and complete the restoration");
    return new Form(
        id.encode(),
        "Promote " + incident.id(),
        List.of(
            "Promote " + incident.id() + " from " + phase.name() + " " + to + "?",
            "Exit criteria: " + phase.exitCriteria(),
            "Promote only if they are met; your confirmation is recorded on the timeline."),
        "Promote",
        fields(ChoiceKind.PROMOTE));
  }

  static Form halt(ChoiceId id, Incident incident, String phaseName) {
    return new Form(
        id.encode(),
        "Halt " + incident.id(),
        List.of("Halt the rollout of " + incident.id() + " at " + phaseName + "; its timers stop."),
        "Halt",
        fields(ChoiceKind.HALT));
  }

  static Form markPirDone(ChoiceId id, Incident incident) {
    return new Form(
        id.encode(),
        "PIR of " + incident.id(),
        List.of("Mark the PIR of " + incident.id() + " done; the link says where it is."),
        "Mark done",
        fields(ChoiceKind.MARK_PIR_DONE));
  }

  static Form postUpdate(ChoiceId id, Incident incident) {
    return new Form(
        id.encode(),
        "Update on " + incident.id(),
        List.of("A status update for " + incident.id() + "'s timeline: " + incident.title()),
        "Post",
        fields(ChoiceKind.POST_UPDATE));
  }

  /**
   * The fields of a kind's form, which never depend on the incident's state: a submission's answers
   * are read against them without reading the incident first.
   */
  static List<FormField> fields(ChoiceKind kind) {
    return switch (kind) {
      case PROMOTE ->
          List.of(
              FormField.paragraph(REMARK, "Remark (optional)", false, LONG)
                  .withPlaceholder("What you checked"));
      case HALT -> List.of(FormField.paragraph(REASON, "Why it stops", true, LONG));
      case MARK_PIR_DONE ->
          List.of(
              FormField.line(LINK, "Link to the PIR", true, 500)
                  .withPlaceholder("https://docs.example.com/pir"));
      case POST_UPDATE -> List.of(FormField.paragraph(TEXT, "Status update", true, LONG));
      case DECLARE -> declare(Severity.SEV3, "", "").fields();
      case ROLLOUT_STATUS, DRAFT_PIR, SNOOZE, DECLARE_ALERT -> List.of();
    };
  }

  /** The declare form, starting from what was already typed. */
  static Form declare(Severity severity, String detected, String model) {
    List<Option> levels =
        Arrays.stream(Severity.values())
            .map(level -> new Option(level.label(), level.label()))
            .toList();
    return new Form(
        ChoiceId.declare().encode(),
        "Declare an incident",
        List.of("You become its commander."),
        "Declare",
        List.of(
            FormField.line(TITLE, "What is wrong", true, 200),
            FormField.pick(SEVERITY, "Severity (SEV-1 is the worst)", levels, severity.label()),
            FormField.line(DETECTED, "When the alert fired (optional)", false, 40)
                .withPlaceholder("HH:MM (UTC) or ISO-8601")
                .withInitial(detected),
            FormField.line(MODEL, "Affected model (optional)", false, 200)
                .withPlaceholder("NAME@VERSION")
                .withInitial(model)));
  }
}
