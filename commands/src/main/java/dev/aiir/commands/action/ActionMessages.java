package dev.aiir.commands.action;

import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.TrackedIssue;
import java.util.List;
import java.util.stream.Collectors;

/** The words of the action item commands. */
public final class ActionMessages {
  private ActionMessages() {}

  /** {@code [P0] Add adversarial sample detection (owner @lee)}. */
  public static String describe(ActionItem item) {
    String owner = item.owner() == null ? "" : " (owner " + item.owner().handle() + ")";
    return "[" + item.priority() + "] " + item.text() + owner;
  }

  public static String addedEntry(ActionItem item) {
    return "Action item added: " + describe(item);
  }

  public static String doneEntry(ActionItem item) {
    return "Action item " + item.number() + " done: " + describe(item);
  }

  public static String listLine(ActionItem item) {
    return item.number() + ". " + (item.isDone() ? "[done] " : "") + describe(item);
  }

  /** {@code 1. [done] [P0] ... (owner @lee) - Jira OPS-12 (closed)}. */
  public static String listLine(ActionItem item, List<TrackedIssue> issues) {
    return listLine(item) + tracked(item, issues);
  }

  /** {@code - Jira OPS-12 (closed), GitHub acme/ml#3}: where the item is tracked, if anywhere. */
  public static String tracked(ActionItem item, List<TrackedIssue> issues) {
    String where =
        issues.stream()
            .filter(issue -> issue.item() == item.number())
            .map(TrackedIssue::describe)
            .collect(Collectors.joining(", "));
    return where.isEmpty() ? "" : " - " + where;
  }

  /** {@code 1 of 3 done; Jira: OPS-12 closed, OPS-13 open}: the status card's line. */
  public static String summary(List<ActionItem> items, List<TrackedIssue> issues) {
    long done = items.stream().filter(ActionItem::isDone).count();
    String counts = done + " of " + items.size() + " done";
    if (issues.isEmpty()) {
      return counts;
    }
    return counts
        + "; "
        + issues.stream()
            .map(
                issue ->
                    issue.target().label()
                        + " "
                        + issue.key()
                        + (issue.closed() ? " closed" : " open"))
            .collect(Collectors.joining(", "));
  }

  public static String noSuchItem(int number, int count) {
    return count == 0
        ? "There are no action items yet: `/incident action add <P0|P1|P2> <text>`."
        : "No action item " + number + ": the items are numbered 1 to " + count + ".";
  }
}
