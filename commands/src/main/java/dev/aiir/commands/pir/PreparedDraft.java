package dev.aiir.commands.pir;

import dev.aiir.commands.model.Incident;
import java.util.Optional;

/**
 * A draft ready to render, with the incident it is of and whether the channel's history could be
 * read (when it could not, the draft holds the recorded timeline only, and says so).
 */
public record PreparedDraft(Incident incident, PirDraft draft, Optional<String> historyNote) {

  /** Whether the channel's history went into the draft; otherwise {@link #historyNote} says why. */
  public boolean historyRead() {
    return historyNote.isEmpty();
  }
}
