package dev.aiir.commands.manager;

import dev.aiir.commands.handling.IncidentCommand;

/** {@code managers add|remove <@user|#channel>}: who else gets managers' reminders. */
public record ChangeManagers(Change change, String who) implements IncidentCommand {

  /** Adding or removing. */
  public enum Change {
    ADD,
    REMOVE
  }
}
