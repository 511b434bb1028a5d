package dev.aiir.commands.model;

import dev.aiir.commands.chat.UserRef;
import java.time.Instant;
import java.util.Objects;

/** A checklist step marked done: by whom, when, with an optional note. */
public record RecoveryProgress(RecoveryStep step, UserRef doneBy, Instant doneAt, String note) {
  public RecoveryProgress {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(doneBy, "doneBy");
    Objects.requireNonNull(doneAt, "doneAt");
  }
}
