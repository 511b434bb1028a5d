package dev.aiir.commands.timeline;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.TimeFormats;
import dev.aiir.commands.model.TimelineEntry;

/** The words of pinning. */
final class PinMessages {
  private PinMessages() {}

  static String noIncident() {
    return "This channel follows no open incident, so pins here are not recorded.";
  }

  static String alreadyPinned(Incident incident) {
    return "That message is already on the timeline of " + incident.id() + ".";
  }

  static String notPinned(Incident incident) {
    return "That message is not pinned on the timeline of " + incident.id() + ".";
  }

  static String pinned(Incident incident, TimelineEntry entry) {
    return "Pinned to the timeline of "
        + incident.id()
        + " at "
        + TimeFormats.clock(entry.at())
        + ": "
        + entry.text()
        + " ("
        + entry.author().handle()
        + ")";
  }

  static String unpinnedEntry(UserRef by) {
    return "Pin removed by " + by.handle();
  }
}
