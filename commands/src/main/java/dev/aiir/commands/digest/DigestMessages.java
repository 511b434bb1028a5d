package dev.aiir.commands.digest;

import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.PhaseTimer;
import dev.aiir.commands.model.TimeFormats;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The digest's wording: one line per incident, rollout or PIR, each with its helpful command. */
final class DigestMessages {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

  private DigestMessages() {}

  static String title(Instant now, ZoneId zone) {
    return "Incident digest for " + LocalDate.ofInstant(now, zone).format(DAY);
  }

  static String openHeading(int count) {
    return count == 0 ? "No open incidents." : "Open incidents (" + count + "):";
  }

  static String open(Incident incident, Instant now) {
    return "- "
        + incident.id()
        + " "
        + incident.severity().label()
        + ", "
        + incident.state().label()
        + ", open "
        + TimeFormats.words(age(incident.detectedAt(), now))
        + ": "
        + incident.title()
        + " (`/incident status --id "
        + incident.id()
        + "`)";
  }

  static String rolloutsHeading(int count) {
    return count == 0 ? "No rollouts in progress." : "Rollouts in progress (" + count + "):";
  }

  static String rollout(
      Incident incident, PhaseRun run, PhaseTimer next, Instant due, Instant now) {
    return "- "
        + incident.id()
        + ": "
        + run.phaseName()
        + " at "
        + run.traffic()
        + "% for "
        + TimeFormats.words(age(run.enteredAt(), now))
        + "; next: "
        + timerName(next)
        + (due.isAfter(now) ? " in " + TimeFormats.words(age(now, due)) : " now")
        + " (`/incident rollout status --id "
        + incident.id()
        + "`)";
  }

  static String pirsHeading(int due, int overdue) {
    if (due == 0 && overdue == 0) {
      return "No PIRs due in the next 72 hours.";
    }
    return "PIRs: " + overdue + " overdue, " + due + " due in the next 72 hours:";
  }

  static String pir(Incident incident, Instant now) {
    Instant due = incident.pirDueAt();
    String when =
        due.isAfter(now)
            ? "due in " + TimeFormats.words(age(now, due))
            : "overdue by " + TimeFormats.words(age(due, now));
    return "- "
        + incident.id()
        + " PIR "
        + when
        + ": "
        + incident.title()
        + " (`/incident pir draft --id "
        + incident.id()
        + "`)";
  }

  private static String timerName(PhaseTimer timer) {
    return switch (timer) {
      case MINIMUM -> "minimum soak";
      case MAXIMUM -> "maximum";
      case STABLE -> "stable";
    };
  }

  /** Whole minutes, never negative: how the digest counts time. */
  private static Duration age(Instant from, Instant to) {
    Duration age = Duration.between(from, to).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    return age.isNegative() ? Duration.ZERO : age;
  }
}
