package dev.aiir.commands.pir;

import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.TimeFormats;
import dev.aiir.commands.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Traffic Restoration section: each phase the rollout entered, with its traffic, start, end,
 * how it ended and who said so; under it, the evidence of its metric gate (each change of a
 * criterion's verdict with its value and time), so a promotion shows what the metrics said.
 */
final class RestorationLines {
  private RestorationLines() {}

  static List<String> of(Rollout rollout, List<TimelineEntry> timeline, Instant now) {
    List<String> lines = new ArrayList<>();
    for (PhaseRun run : rollout.runs()) {
      lines.add(line(run, now));
      evidence(run, timeline, now).forEach(e -> lines.add("  - " + evidenceLine(e, run)));
    }
    return lines;
  }

  private static String line(PhaseRun run, Instant now) {
    String start =
        "- "
            + run.phaseName()
            + " at "
            + run.traffic()
            + "%: from "
            + TimeFormats.dateTime(run.enteredAt())
            + " ("
            + run.enteredBy().handle()
            + ")";
    if (run.isRunning()) {
      return start + ", running for " + TimeFormats.words(run.timeIn(now));
    }
    String note =
        run.note() == null || run.note().isBlank() ? "" : ": " + PirRenderer.inline(run.note());
    return start + " to " + TimeFormats.dateTime(run.endedAt()) + ", " + ending(run) + note;
  }

  /** The gate's entries about this run's phase, written while it ran. */
  private static List<TimelineEntry> evidence(
      PhaseRun run, List<TimelineEntry> timeline, Instant now) {
    Instant end = run.isRunning() ? now : run.endedAt();
    String prefix = run.phaseName() + " gate: ";
    return timeline.stream()
        .filter(e -> e.kind() == EntryKind.GATE && e.text().startsWith(prefix))
        .filter(
            e ->
                !e.at()
                    .isBefore(run.enteredAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
        .filter(e -> !e.at().isAfter(end))
        .toList();
  }

  /** {@code 16:40 UTC: error_ratio < 0.01 met: 0.004}. */
  private static String evidenceLine(TimelineEntry entry, PhaseRun run) {
    String text = entry.text().substring((run.phaseName() + " gate: ").length());
    return TimeFormats.clock(entry.at()) + ": " + PirRenderer.inline(text);
  }

  private static String ending(PhaseRun run) {
    String by = run.endedBy() == null ? "" : " by " + run.endedBy().handle();
    return switch (run.ending()) {
      case PROMOTED -> "promoted" + by + " (exit criteria met)";
      case FORCED -> "promoted early" + by;
      case HALTED -> "halted" + by;
      case COMPLETED -> "completed (stable)";
    };
  }
}
