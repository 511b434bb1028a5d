package dev.aiir.commands.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a workspace's follow-ups go: the tracker its action items export to and the wiki its PIR is
 * published to when nobody says {@code --to}, and whether both happen by themselves when an
 * incident is resolved.
 */
public record ExportRoute(
    Optional<ExportTarget> actions, Optional<ExportTarget> pir, boolean atResolve) {
  public ExportRoute {
    Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(pir, "pir");
    if (actions.filter(t -> !t.isTracker()).isPresent()) {
      throw new IllegalArgumentException(actions.get().key() + " is not an issue tracker");
    }
    if (pir.filter(ExportTarget::isTracker).isPresent()) {
      throw new IllegalArgumentException(pir.get().key() + " is not a wiki");
    }
  }

  public static ExportRoute none() {
    return new ExportRoute(Optional.empty(), Optional.empty(), false);
  }
}
