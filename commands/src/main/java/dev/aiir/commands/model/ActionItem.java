package dev.aiir.commands.model;

import dev.aiir.commands.chat.UserRef;
import java.time.Instant;
import java.util.Objects;

/**
 * A follow-up the review commits to, numbered from 1 within its incident.
 *
 * @param owner who will do it, or null
 * @param doneAt when it was ticked off, or null while open
 */
public record ActionItem(
    int number,
    Priority priority,
    String text,
    UserRef owner,
    UserRef addedBy,
    Instant addedAt,
    UserRef doneBy,
    Instant doneAt) {

  public ActionItem {
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(addedBy, "addedBy");
    Objects.requireNonNull(addedAt, "addedAt");
  }

  public boolean isDone() {
    return doneAt != null;
  }

  public ActionItem done(UserRef by, Instant at) {
    return new ActionItem(number, priority, text, owner, addedBy, addedAt, by, at);
  }

  /** Open again (its issue was reopened in a tracker). */
  public ActionItem reopened() {
    return new ActionItem(number, priority, text, owner, addedBy, addedAt, null, null);
  }
}
