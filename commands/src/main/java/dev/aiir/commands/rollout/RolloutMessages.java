package dev.aiir.commands.rollout;

import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.model.TimeFormats;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The words of the staged restoration: replies, refusals and timeline entries. */
public final class RolloutMessages {
  private RolloutMessages() {}

  // Timeline entries.

  static String startedEntry(Phase phase, int traffic) {
    return "Rollout started: " + phase.name() + " at " + traffic + "% traffic";
  }

  static String trafficEntry(Phase phase, int traffic) {
    return "Traffic set to " + traffic + "% (" + phase.name() + ")";
  }

  static String promotedEntry(Phase from, Phase to, String confirmedBy, String remark) {
    return from.name()
        + " exit criteria met ("
        + from.exitCriteria()
        + "), confirmed by "
        + confirmedBy
        + "; promoted to "
        + to.name()
        + " at "
        + to.traffic().low()
        + "% traffic"
        + withRemark(remark);
  }

  static String forcedEntry(Phase from, Phase to, String by, Duration ran, String reason) {
    return from.name()
        + " promoted early to "
        + to.name()
        + " at "
        + to.traffic().low()
        + "% traffic by "
        + by
        + " after "
        + span(ran)
        + " (minimum "
        + span(from.minimum())
        + "): "
        + reason;
  }

  static String completedEntry(Phase last, String confirmedBy, boolean forced, String remark) {
    String how =
        forced
            ? " ended early by " + confirmedBy + ": " + remark
            : " exit criteria met (" + last.exitCriteria() + "), confirmed by " + confirmedBy;
    return last.name()
        + how
        + "; traffic restoration complete"
        + (forced ? "" : withRemark(remark));
  }

  static String stableEntry(Phase last) {
    return last.name() + " stable for " + span(last.minimum()) + ": traffic restoration complete";
  }

  static String haltedEntry(PhaseRun run, String reason) {
    return "Rollout halted at " + run.phaseName() + " (" + run.traffic() + "% traffic): " + reason;
  }

  // Refusals.

  static String noRollout(IncidentId id, RolloutPlan plan) {
    return id
        + " has no rollout in progress. `/incident rollout start` begins at "
        + describe(plan.first())
        + ".";
  }

  static String halted(IncidentId id, PhaseRun run, RolloutPlan plan) {
    return "The rollout of "
        + id
        + " was halted at "
        + run.phaseName()
        + ". `/incident rollout start` begins again at "
        + describe(plan.first())
        + ".";
  }

  static String complete(IncidentId id) {
    return "Traffic restoration of " + id + " is complete.";
  }

  static String alreadyRunning(IncidentId id, PhaseRun run) {
    return "The rollout of "
        + id
        + " is already at "
        + run.phaseName()
        + " ("
        + run.traffic()
        + "% traffic). Promote it with `/incident rollout promote`, or halt it with"
        + " `/incident rollout halt <reason>` before starting again.";
  }

  static String outOfRange(Phase phase, int percent) {
    return phase.name() + " takes " + phase.traffic() + " of traffic, not " + percent + "%.";
  }

  static String tooEarly(Phase phase, Duration ran, Instant minimumAt, Instant now) {
    return phase.name()
        + " needs its minimum soak of "
        + span(phase.minimum())
        + " before promotion; it has run "
        + span(ran)
        + " (minimum reached "
        + when(minimumAt, now)
        + "). Check the exit criteria then, or promote now with `--force <reason>`.";
  }

  public static String staleRun(IncidentId id, PhaseRun run, RolloutPlan plan) {
    return "The rollout of "
        + id
        + " is at "
        + run.phaseName()
        + ", which the configured plan no longer has. Halt it and `/incident rollout start` to"
        + " begin again at "
        + describe(plan.first())
        + ".";
  }

  // Replies.

  static String startedTitle(IncidentId id, Phase phase, int traffic) {
    return id + ": rollout started at " + phase.name() + ", " + traffic + "% of traffic";
  }

  static String promotedTitle(IncidentId id, Phase to) {
    return id + ": promoted to " + to.name() + ", " + to.traffic().low() + "% of traffic";
  }

  static String completedTitle(IncidentId id) {
    return id + ": traffic restoration complete";
  }

  static String trafficReply(IncidentId id, Phase phase, int percent) {
    return id + ": " + phase.name() + " now serves " + percent + "% of traffic.";
  }

  static String haltedReply(IncidentId id, PhaseRun run, RolloutPlan plan) {
    return id
        + ": rollout halted at "
        + run.phaseName()
        + "; its timers are cancelled. `/incident rollout start` begins again at "
        + describe(plan.first())
        + ".";
  }

  /**
   * A phase's metric criteria in one line: {@code error_ratio < 0.01 (held 30 minutes), ... checked
   * every minute; the bot promotes when all hold}.
   */
  static String metricCriteria(PhaseGate gate) {
    List<String> each = new ArrayList<>();
    for (Criterion criterion : gate.criteria()) {
      String held = criterion.holdFor().isZero() ? "" : " for " + span(criterion.holdFor());
      each.add(criterion.check() + held + ", every " + span(criterion.every()));
    }
    String alone =
        gate.autoPromote() && gate.autoHalt()
            ? "; the bot promotes when all hold and halts on a breach"
            : gate.autoPromote()
                ? "; the bot promotes when all hold"
                : gate.autoHalt() ? "; the bot halts on a breach" : "";
    return String.join("; ", each) + alone;
  }

  /** {@code Canary (1-5%)}. */
  static String describe(Phase phase) {
    return phase.name() + " (" + phase.traffic() + ")";
  }

  /** The command a reminder asks for, with --id so that it works outside the channel too. */
  static String command(Incident incident, String subcommand) {
    return command(incident, subcommand, "");
  }

  static String command(Incident incident, String subcommand, String arguments) {
    String rest = arguments.isEmpty() ? "" : " " + arguments;
    return "`/incident " + subcommand + " --id " + incident.id() + rest + "`";
  }

  /** {@code 2-4 hours} when both are whole hours, else {@code 90 minutes to 2 hours}. */
  static String between(Duration minimum, Duration maximum) {
    boolean wholeHours =
        minimum.toSecondsPart() == 0
            && minimum.toMinutesPart() == 0
            && maximum.toSecondsPart() == 0
            && maximum.toMinutesPart() == 0;
    return wholeHours
        ? minimum.toHours() + "-" + span(maximum)
        : span(minimum) + " to " + span(maximum);
  }

  /** {@code 16:40 UTC} today, or {@code 2026-03-15 16:40 UTC} on another day. */
  static String when(Instant at, Instant now) {
    boolean sameDay =
        LocalDate.ofInstant(at, ZoneOffset.UTC).equals(LocalDate.ofInstant(now, ZoneOffset.UTC));
    return "at " + (sameDay ? TimeFormats.clock(at) : TimeFormats.dateTime(at));
  }

  /**
   * Phase durations in hours, as the plan states them: {@code 72 hours}, {@code 1 hour 5 minutes}.
   */
  public static String span(Duration duration) {
    long seconds = Math.max(0, duration.getSeconds());
    if (seconds < 60 && seconds > 0) {
      return seconds + (seconds == 1 ? " second" : " seconds");
    }
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    List<String> parts = new ArrayList<>();
    if (hours > 0) {
      parts.add(hours + (hours == 1 ? " hour" : " hours"));
    }
    if (minutes > 0 || parts.isEmpty()) {
      parts.add(minutes + (minutes == 1 ? " minute" : " minutes"));
    }
    return String.join(" ", parts);
  }

  private static String withRemark(String remark) {
    return remark == null || remark.isBlank() ? "" : ": " + remark;
  }
}
