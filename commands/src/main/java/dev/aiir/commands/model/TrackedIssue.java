package dev.aiir.commands.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An action item's issue in a tracker: its key there ({@code acme/ml#12}, {@code OPS-12}), its
 * link, and whether the tracker says it is closed (told by the tracker's webhook).
 *
 * @param item the action item's number in its incident
 * @param changedBy who closed or reopened it in the tracker, as the tracker names them; or null
 * @param changedAt when the tracker said so, or when it was exported
 */
public record TrackedIssue(
    int item,
    ExportTarget target,
    String key,
    String url,
    boolean closed,
    String changedBy,
    Instant changedAt) {
  public TrackedIssue {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(changedAt, "changedAt");
  }

  public TrackedIssue withState(boolean isClosed, String by, Instant at) {
    return new TrackedIssue(item, target, key, url, isClosed, by, at);
  }

  /** {@code Jira OPS-12 (closed)}. */
  public String describe() {
    return target.label() + " " + key + (closed ? " (closed)" : "");
  }
}
