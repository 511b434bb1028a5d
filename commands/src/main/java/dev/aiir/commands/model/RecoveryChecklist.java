package dev.aiir.commands.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The four steps with what is done of them, rendered as {@code [x]} / {@code [ ]} lines. */
public record RecoveryChecklist(List<RecoveryProgress> done) {
  public RecoveryChecklist {
    done = List.copyOf(done);
  }

  public Optional<RecoveryProgress> progress(RecoveryStep step) {
    return done.stream().filter(p -> p.step() == step).findFirst();
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (RecoveryStep step : RecoveryStep.values()) {
      lines.add(progress(step).map(RecoveryChecklist::doneLine).orElse(openLine(step)));
    }
    return lines;
  }

  private static String doneLine(RecoveryProgress p) {
    String note = p.note() == null || p.note().isBlank() ? "" : ": " + p.note();
    return "- [x] "
        + p.step().title()
        + " ("
        + p.step().key()
        + ") - "
        + p.doneBy().handle()
        + ", "
        + TimeFormats.dateTime(p.doneAt())
        + note;
  }

  private static String openLine(RecoveryStep step) {
    return "- [ ] " + step.title() + " (" + step.key() + ")";
  }
}
