package dev.aiir.commands.nudge;

import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.TimeFormats;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What update nudges and snoozes say, and how a snooze reads back from the timeline. */
public final class NudgeMessages {
  /** How every snooze's timeline entry begins. */
  static final String SNOOZED = "Status-update nudges snoozed until ";

  private static final Pattern SNOOZE_ENTRY =
      Pattern.compile("^" + Pattern.quote(SNOOZED) + "(\\S+) ");

  private NudgeMessages() {}

  /** The nudge in the incident's channel. */
  public static String nudge(Incident incident, Duration quiet) {
    String who = incident.commander().map(c -> c.handle() + ", ").orElse("");
    return incident.id()
        + ": "
        + who
        + "no timeline update for "
        + TimeFormats.words(quiet)
        + " ("
        + incident.severity().label()
        + "). Post a status update: `/incident log <status>`, or pause these with"
        + " `/incident snooze <duration>`.";
  }

  /** The timeline entry of a snooze; {@link #snoozedUntil} reads it back. */
  public static String snoozeEntry(Instant until, Duration length, String handle) {
    return SNOOZED + until + " (" + TimeFormats.words(length) + ") by " + handle + ".";
  }

  /** The end of the snooze an entry's text records, if it records one. */
  public static Optional<Instant> snoozedUntil(String entryText) {
    Matcher matcher = SNOOZE_ENTRY.matcher(entryText);
    if (!matcher.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(matcher.group(1)));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static String snoozed(Incident incident, Duration length) {
    return incident.id() + ": status-update nudges paused for " + TimeFormats.words(length) + ".";
  }

  public static String badLength(String text) {
    return "`"
        + text
        + "` is not a snooze length: write minutes or hours up to "
        + TimeFormats.words(Snooze.LONGEST)
        + ", such as `30m`, `2h` or `1h30m`.";
  }

  public static String notNudged(Incident incident) {
    if (!incident.state().isActive()) {
      return incident.id() + " is " + incident.state().label() + ": there are no nudges to snooze.";
    }
    return incident.id()
        + " is "
        + incident.severity().label()
        + ", which gets no status-update nudges: nothing to snooze.";
  }
}
