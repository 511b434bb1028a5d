package dev.aiir.commands.pir;

import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.TimeFormats;
import java.time.Instant;
import java.util.List;

/**
 * The Traffic Restoration section: each phase the rollout entered, with its traffic, start, end,
 * how it ended and who said so.
 */
final class RestorationLines {
  private RestorationLines() {}

  static List<String> of(Rollout rollout, Instant now) {
    return rollout.runs().stream().map(run -> line(run, now)).toList();
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
