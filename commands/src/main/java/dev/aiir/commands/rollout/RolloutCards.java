package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.PhaseTimer;
import dev.aiir.commands.model.ReminderChoices;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.model.TimeFormats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The structured messages of the rollout: a phase entered, and the rollout at a glance. */
public final class RolloutCards {
  private RolloutCards() {}

  /** What a phase asks of its responders, sent when it is entered. */
  static Message entered(
      String title, RolloutPlan plan, Phase phase, PhaseRun run, PhaseGate gate) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Phase", RolloutMessages.describe(phase)));
    fields.add(new Field("Traffic", run.traffic() + "%"));
    fields.add(new Field("Exit criteria", phase.exitCriteria()));
    if (!gate.isEmpty()) {
      fields.add(new Field("Metric criteria", RolloutMessages.metricCriteria(gate)));
    }
    fields.addAll(timerFields(plan, phase, run));
    String next =
        plan.isFinal(phase)
            ? "Restoration is complete when it has been stable for "
                + RolloutMessages.span(phase.minimum())
                + "."
            : "When the exit criteria are met: `/incident rollout promote`.";
    return Message.of(title, fields, List.of(next));
  }

  private static List<Field> timerFields(RolloutPlan plan, Phase phase, PhaseRun run) {
    List<Field> fields = new ArrayList<>();
    for (PhaseTimer timer : plan.timersOf(phase)) {
      Instant due = PhaseSchedule.due(run, phase, timer);
      String value =
          RolloutMessages.span(timer.after(phase))
              + ", "
              + RolloutMessages.when(due, run.enteredAt());
      fields.add(new Field(label(timer), value));
    }
    return fields;
  }

  /** The rollout at a glance: the plan with the current phase marked, and the next timer. */
  static Message status(
      Incident incident, Optional<Rollout> rollout, RolloutPlan plan, Instant now) {
    List<Field> fields = fields(incident, rollout, plan, now);
    List<String> lines = new ArrayList<>();
    lines.add("Plan:");
    Optional<PhaseRun> current = rollout.map(Rollout::current);
    for (Phase phase : plan.phases()) {
      boolean here =
          current
              .filter(PhaseRun::isRunning)
              .map(r -> r.phaseKey().equals(phase.key()))
              .orElse(false);
      lines.add((here ? "> " : "- ") + planLine(plan, phase));
    }
    if (rollout.isEmpty()) {
      lines.add(
          "`/incident rollout start` begins at " + RolloutMessages.describe(plan.first()) + ".");
    }
    return Message.of("Rollout of " + incident.id() + ": " + incident.title(), fields, lines);
  }

  /**
   * The rollout's fields for the incident's status: where it stands and its next timer. Empty when
   * the incident never had one.
   */
  public static List<Field> fields(
      Incident incident, Optional<Rollout> rollout, RolloutPlan plan, Instant now) {
    if (rollout.isEmpty()) {
      return List.of();
    }
    PhaseRun run = rollout.get().current();
    List<Field> fields = new ArrayList<>();
    switch (rollout.get().status()) {
      case HALTED ->
          fields.add(
              new Field("Rollout", "halted at " + run.phaseName() + " (" + run.note() + ")"));
      case COMPLETE -> fields.add(new Field("Rollout", "complete (" + run.phaseName() + ")"));
      case ACTIVE -> {
        fields.add(
            new Field(
                "Rollout",
                run.phaseName()
                    + " at "
                    + run.traffic()
                    + "% traffic, for "
                    + RolloutMessages.span(run.timeIn(now))
                    + " (since "
                    + TimeFormats.dateTime(run.enteredAt())
                    + ")"));
        nextTimer(plan, run, now).ifPresent(next -> fields.add(new Field("Next timer", next)));
      }
    }
    return fields;
  }

  private static Optional<String> nextTimer(RolloutPlan plan, PhaseRun run, Instant now) {
    return plan.find(run.phaseKey())
        .flatMap(
            phase ->
                PhaseSchedule.unfired(plan, run, phase).stream()
                    .findFirst()
                    .map(
                        timer -> {
                          Instant due = PhaseSchedule.due(run, phase, timer);
                          String when =
                              due.isAfter(now) ? RolloutMessages.when(due, now) : "due now";
                          return run.phaseName()
                              + " "
                              + label(timer).toLowerCase(Locale.ROOT)
                              + " "
                              + when;
                        }));
  }

  private static String planLine(RolloutPlan plan, Phase phase) {
    String duration =
        plan.isFinal(phase)
            ? "stable for " + RolloutMessages.span(phase.minimum())
            : RolloutMessages.between(phase.minimum(), phase.maximum());
    return RolloutMessages.describe(phase) + ", " + duration + ": " + phase.exitCriteria();
  }

  private static String label(PhaseTimer timer) {
    return switch (timer) {
      case MINIMUM -> "Minimum soak";
      case MAXIMUM -> "Maximum";
      case STABLE -> "Stable after";
    };
  }

  /**
   * A reminder from one of a phase's timers: the incident, the phase, the time in phase, the exit
   * criteria and the command to run next.
   */
  static Message reminder(
      Incident incident, Phase phase, PhaseRun run, PhaseTimer which, Instant now) {
    List<Field> fields = new ArrayList<>();
    fields.add(
        new Field(
            "Incident",
            incident.title()
                + " ("
                + incident.severity().label()
                + ", "
                + incident.state().label()
                + ")"));
    fields.add(
        new Field(
            "Phase", RolloutMessages.describe(phase) + ", at " + run.traffic() + "% of traffic"));
    fields.add(new Field("Time in phase", RolloutMessages.span(run.timeIn(now))));
    fields.add(new Field("Exit criteria", phase.exitCriteria()));
    Message message =
        Message.of(
            reminderTitle(incident, phase, which), fields, List.of(nextStep(incident, which)));
    return which == PhaseTimer.STABLE
        ? message
        : message.withChoices(ReminderChoices.rollout(incident, run));
  }

  private static String reminderTitle(Incident incident, Phase phase, PhaseTimer which) {
    return incident.id()
        + ": "
        + switch (which) {
          case MINIMUM -> phase.name() + " minimum soak reached";
          case MAXIMUM -> phase.name() + " maximum reached";
          case STABLE -> RolloutMessages.span(phase.minimum()) + " stable: restoration complete";
        };
  }

  private static String nextStep(Incident incident, PhaseTimer which) {
    return switch (which) {
      case MINIMUM ->
          "Check the exit criteria, then promote: "
              + RolloutMessages.command(incident, "rollout promote");
      case MAXIMUM ->
          "Promote or halt: "
              + RolloutMessages.command(incident, "rollout promote")
              + " if the exit criteria are met, else "
              + RolloutMessages.command(incident, "rollout halt", "<reason>");
      case STABLE -> "Traffic restoration is complete. " + afterRestoration(incident);
    };
  }

  private static String afterRestoration(Incident incident) {
    if (incident.resolvedAt() == null) {
      return "Next: " + RolloutMessages.command(incident, "resolve");
    }
    return incident.pirLink() == null
        ? "Next: " + RolloutMessages.command(incident, "pir draft")
        : "Its PIR is done too, so the incident is closed.";
  }
}
