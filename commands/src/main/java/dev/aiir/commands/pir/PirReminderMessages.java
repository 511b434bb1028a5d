package dev.aiir.commands.pir;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.PirReminder;
import dev.aiir.commands.model.ReminderChoices;
import dev.aiir.commands.model.TimeFormats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The words of the PIR deadline's reminders. */
final class PirReminderMessages {
  private PirReminderMessages() {}

  static String entry(PirReminder point) {
    return point.isOverdue()
        ? "PIR overdue notice sent (" + days(point.daysOverdue()) + " past the deadline)"
        : "PIR reminder sent (" + point.left().toHours() + " hours left)";
  }

  static Message reminder(Incident incident, PirReminder point, Instant now) {
    Duration left = Duration.between(now, incident.pirDueAt());
    String headline =
        point.isOverdue()
            ? "PIR of " + incident.id() + " is overdue" + overdueBy(left.negated())
            : "PIR of " + incident.id() + " is due in " + TimeFormats.words(left);
    return Message.of(
            headline,
            List.of(
                new Field("Incident", incident.id() + ": " + incident.title()),
                new Field("Resolved", TimeFormats.dateTime(incident.resolvedAt())),
                new Field("Due", TimeFormats.dateTime(incident.pirDueAt()))),
            List.of(
                "Draft it with `/incident pir draft --id "
                    + incident.id()
                    + "`, then mark it done with `/incident pir done <link> --id "
                    + incident.id()
                    + "`."))
        .withChoices(ReminderChoices.pir(incident));
  }

  private static String overdueBy(Duration late) {
    return late.toMinutes() < 1 ? "" : " by " + TimeFormats.words(late);
  }

  private static String days(long n) {
    return n == 0 ? "at" : n == 1 ? "1 day" : n + " days";
  }
}
