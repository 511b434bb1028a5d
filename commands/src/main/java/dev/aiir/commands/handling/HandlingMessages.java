package dev.aiir.commands.handling;

import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** The words of the refusals every command about one incident may give. */
public final class HandlingMessages {
  static final String EXAMPLE_ID = "AI-IR-2026-042";

  private HandlingMessages() {}

  public static String notFound(Optional<IncidentId> target) {
    return target
        .map(
            id -> "No incident " + id + " in this workspace. `/incident list` shows the open ones.")
        .orElse(
            "No incident is bound to this channel. Run the command in the incident's channel, "
                + "or name it with --id "
                + EXAMPLE_ID
                + ".");
  }

  public static String closed(Incident incident) {
    return incident.id() + " is closed; its record can no longer change.";
  }

  public static String notAllowed(Incident incident, String action) {
    String commander = incident.commander().map(u -> " (" + u.handle() + ")").orElse("");
    return "Only the commander"
        + commander
        + " or an incident admin can "
        + action
        + " "
        + incident.id()
        + ".";
  }
}
