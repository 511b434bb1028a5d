package dev.aiir.commands.model;

import dev.aiir.commands.chat.Choice.Style;
import java.util.Arrays;
import java.util.Optional;

/**
 * The buttons and forms the bot offers, each running one command.
 *
 * @param code its word in a {@link ChoiceId}: short, because Discord allows 100 characters
 * @param done what the message says was done after a press (empty for a button that only reads)
 * @param settles whether a press answers the message, so its buttons go
 */
public enum ChoiceKind {
  PROMOTE("promote", "Promote", Style.PRIMARY, "Promoted", true),
  HALT("halt", "Halt", Style.DANGER, "Halted", true),
  ROLLOUT_STATUS("status", "Status", Style.PLAIN, "", false),
  DRAFT_PIR("draft", "Draft now", Style.PRIMARY, "PIR draft made", false),
  MARK_PIR_DONE("done", "Mark done", Style.PLAIN, "PIR marked done", true),
  POST_UPDATE("update", "Post update", Style.PRIMARY, "Update posted", true),
  SNOOZE("snooze", "Snooze 30 min", Style.PLAIN, "Nudges snoozed for 30 minutes", true),
  DECLARE("declare", "Declare", Style.PRIMARY, "", false),
  DECLARE_ALERT("alert", "Declare", Style.PRIMARY, "Declared", true);

  private final String code;
  private final String label;
  private final Style style;
  private final String done;
  private final boolean settles;

  ChoiceKind(String code, String label, Style style, String done, boolean settles) {
    this.code = code;
    this.label = label;
    this.style = style;
    this.done = done;
    this.settles = settles;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public Style style() {
    return style;
  }

  public String done() {
    return done;
  }

  public boolean settles() {
    return settles;
  }

  /** Whether the command a press runs is slow (it reads history), as {@code pir draft} is. */
  public boolean slow() {
    return this == DRAFT_PIR;
  }

  /** Whether a press changes the record, so the message says who pressed it. */
  public boolean acts() {
    return !done.isEmpty();
  }

  static Optional<ChoiceKind> ofCode(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
  }
}
