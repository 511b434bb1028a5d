package dev.aiir.commands.export;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.model.TrackedIssue;
import dev.aiir.commands.model.TrackerEvent;
import dev.aiir.commands.port.ExportQueue.IssueOwner;
import java.util.Optional;

/**
 * A tracker said an exported issue was closed or reopened: the action item follows (done, or open
 * again) with a timeline entry, so that {@code status} and the PIR show it. Follow-ups outlive
 * their incident, so this holds for a closed incident too. An event about an issue aiir did not
 * export, or that says what aiir already knows, changes nothing.
 */
public final class TrackerSync {
  private final Core core;

  public TrackerSync(Core core) {
    this.core = core;
  }

  /** What the event did. */
  public enum Result {
    APPLIED,
    UNCHANGED,
    UNKNOWN_ISSUE
  }

  public Result apply(TrackerEvent event) {
    Optional<IssueOwner> owner = core.exports().queue().ownerOf(event.target(), event.key());
    if (owner.isEmpty()) {
      return Result.UNKNOWN_ISSUE;
    }
    IssueOwner o = owner.get();
    return core.store()
        .inTransaction(
            o.tenant(),
            tx -> {
              Optional<TrackedIssue> issue =
                  tx.exports().issues(o.incident()).stream()
                      .filter(i -> i.item() == o.item() && i.target() == event.target())
                      .findFirst();
              Optional<ActionItem> item =
                  tx.actions().of(o.incident()).stream()
                      .filter(i -> i.number() == o.item())
                      .findFirst();
              if (issue.isEmpty() || item.isEmpty()) {
                return Result.UNKNOWN_ISSUE;
              }
              if (issue.get().closed() == event.closed() && item.get().isDone() == event.closed()) {
                return Result.UNCHANGED;
              }
              TrackedIssue changed = issue.get().withState(event.closed(), event.by(), core.now());
              tx.exports().saveIssue(o.incident(), changed);
              UserRef who = who(event);
              String text = null;
              if (event.closed() && !item.get().isDone()) {
                tx.actions().update(o.incident(), item.get().done(who, core.now()));
                text = ExportMessages.closedEntry(item.get(), changed, event.by());
              } else if (!event.closed() && item.get().isDone()) {
                tx.actions().update(o.incident(), item.get().reopened());
                text = ExportMessages.reopenedEntry(item.get(), changed, event.by());
              }
              if (text != null) {
                tx.timeline()
                    .append(
                        o.incident(),
                        new TimelineEntry(
                            0,
                            core.now(),
                            core.now(),
                            who,
                            EntrySource.SYSTEM,
                            EntryKind.ACTION,
                            text,
                            null));
              }
              return Result.APPLIED;
            });
  }

  /** The tracker's user, named as the tracker names them, never a chat mention. */
  private static UserRef who(TrackerEvent event) {
    String name = event.by() == null ? event.target().label() : event.by();
    return new UserRef(event.target().key() + ":" + name, name);
  }
}
