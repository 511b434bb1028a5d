package dev.aiir.commands.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A tracker said an issue was closed or reopened (its webhook).
 *
 * @param key the issue as aiir stored it ({@code acme/ml#12}, {@code OPS-12})
 * @param by who did it, as the tracker names them ({@code lee-gh}); may be null
 */
public record TrackerEvent(ExportTarget target, String key, boolean closed, String by, Instant at) {
  public TrackerEvent {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
  }
}
