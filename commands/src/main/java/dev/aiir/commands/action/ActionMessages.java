package dev.aiir.commands.action;

import dev.aiir.commands.model.ActionItem;

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

  public static String noSuchItem(int number, int count) {
    return count == 0
        ? "There are no action items yet: `/incident action add <P0|P1|P2> <text>`."
        : "No action item " + number + ": the items are numbered 1 to " + count + ".";
  }
}
