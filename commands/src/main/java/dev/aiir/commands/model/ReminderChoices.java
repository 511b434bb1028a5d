package dev.aiir.commands.model;

import dev.aiir.commands.chat.Choice;
import java.util.List;

/** The buttons under the bot's reminders, each made for the state the reminder is about. */
public final class ReminderChoices {
  private ReminderChoices() {}

  /** A phase's minimum or maximum: promote, halt, or look at the rollout. */
  public static List<Choice> rollout(Incident incident, PhaseRun run) {
    String guard = ofRun(run);
    return List.of(
        ChoiceId.of(ChoiceKind.PROMOTE, incident.id(), guard).button(),
        ChoiceId.of(ChoiceKind.HALT, incident.id(), guard).button(),
        ChoiceId.of(ChoiceKind.ROLLOUT_STATUS, incident.id(), "").button());
  }

  /** A phase whose metric criteria all hold: promote it, or look at the rollout. */
  public static List<Choice> gateReady(Incident incident, PhaseRun run) {
    return List.of(
        ChoiceId.of(ChoiceKind.PROMOTE, incident.id(), ofRun(run)).button(),
        ChoiceId.of(ChoiceKind.ROLLOUT_STATUS, incident.id(), "").button());
  }

  /** A phase with a breached metric criterion: halt it, or look at the rollout. */
  public static List<Choice> gateBreached(Incident incident, PhaseRun run) {
    return List.of(
        ChoiceId.of(ChoiceKind.HALT, incident.id(), ofRun(run)).button(),
        ChoiceId.of(ChoiceKind.ROLLOUT_STATUS, incident.id(), "").button());
  }

  /** A PIR deadline: draft it now, or mark it done. */
  public static List<Choice> pir(Incident incident) {
    return List.of(
        ChoiceId.of(ChoiceKind.DRAFT_PIR, incident.id(), "").button(),
        ChoiceId.of(ChoiceKind.MARK_PIR_DONE, incident.id(), "").button());
  }

  /** A status-update nudge, made when the timeline had {@code entries} entries. */
  public static List<Choice> nudge(Incident incident, int entries) {
    String guard = ofTimeline(entries);
    return List.of(
        ChoiceId.of(ChoiceKind.POST_UPDATE, incident.id(), "").button(),
        ChoiceId.of(ChoiceKind.SNOOZE, incident.id(), guard).button());
  }

  /** A phase run, named by when it was entered: a promotion or a restart makes a new one. */
  public static String ofRun(PhaseRun run) {
    return Long.toString(run.enteredAt().toEpochMilli(), Character.MAX_RADIX);
  }

  /** A quiet timeline, named by its length: any update or snooze since makes it longer. */
  public static String ofTimeline(int entries) {
    return Integer.toString(entries, Character.MAX_RADIX);
  }
}
