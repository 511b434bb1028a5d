package dev.aiir.commands.choice;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.ChoiceKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.TimeFormats;
import java.time.Instant;
import java.util.Locale;

/** What the bot says about buttons and forms: why a press did nothing, and who pressed what. */
final class ChoiceMessages {
  private ChoiceMessages() {}

  static String unknown() {
    return "That button is not one this version of aiir knows; type the command instead"
        + " (`/incident help`).";
  }

  static String noRollout(Incident incident) {
    return "This button is out of date: " + incident.id() + " has no rollout now. Nothing changed.";
  }

  static String phaseMoved(Incident incident, PhaseRun now) {
    return "This button is out of date: the rollout of "
        + incident.id()
        + " has moved on to "
        + now.phaseName()
        + " (since "
        + TimeFormats.clock(now.enteredAt())
        + "). Nothing changed; see `/incident rollout status --id "
        + incident.id()
        + "`.";
  }

  static String phaseEnded(Incident incident, PhaseRun now) {
    String by = now.endedBy() == null ? "" : " by " + now.endedBy().handle();
    return "This button is out of date: the "
        + now.phaseName()
        + " phase of "
        + incident.id()
        + " already ended ("
        + now.ending().name().toLowerCase(Locale.ROOT)
        + by
        + " at "
        + TimeFormats.clock(now.endedAt())
        + "). Nothing changed.";
  }

  static String pirAlreadyDone(Incident incident) {
    return "The PIR of " + incident.id() + " is already marked done: " + incident.pirLink() + ".";
  }

  static String notActive(Incident incident) {
    return incident.id()
        + " is "
        + incident.state().label()
        + ": no status-update nudges to snooze. Nothing changed.";
  }

  static String timelineMoved(Incident incident) {
    return "This nudge is out of date: "
        + incident.id()
        + "'s timeline has had an update or a snooze since. Nothing changed; to pause nudges"
        + " anyway, `/incident snooze 30m --id "
        + incident.id()
        + "`.";
  }

  /** The line added to a message after a press: who did what, when. */
  static String pressed(ChoiceKind kind, UserRef by, Instant at) {
    return kind.done() + " by " + by.handle() + " at " + TimeFormats.clock(at) + ".";
  }

  static String missing(String label) {
    return "Fill in " + label + ".";
  }

  static String tooLong(String label, int max) {
    return label + " is longer than " + max + " characters; shorten it.";
  }

  static String declareByText() {
    return "Give the incident a title: `/incident declare <title> [--sev 1-4] [--detected TIME]"
        + " [--model NAME@VERSION]`.";
  }
}
