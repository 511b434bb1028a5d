package dev.aiir.commands.model;

import dev.aiir.commands.chat.UserRef;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One line of the incident's audit log. Never edited in place: a correction is a new entry.
 *
 * @param sequence the store's order of writing; 0 until stored
 * @param at when it happened, to the second (a backdated note keeps the time it names)
 * @param recordedAt when the bot wrote it down
 * @param sourceRef the platform's id of the message it came from (a pin), so it is taken once
 */
public record TimelineEntry(
    long sequence,
    Instant at,
    Instant recordedAt,
    UserRef author,
    EntrySource source,
    EntryKind kind,
    String text,
    String sourceRef) {

  public TimelineEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    at = at.truncatedTo(ChronoUnit.SECONDS);
  }

  /** An entry a command writes now about something that happened {@code at}. */
  public static TimelineEntry byCommand(
      Instant at, Instant now, UserRef author, EntryKind kind, String text) {
    return new TimelineEntry(0, at, now, author, EntrySource.COMMAND, kind, text, null);
  }

  public TimelineEntry withSequence(long value) {
    return new TimelineEntry(value, at, recordedAt, author, source, kind, text, sourceRef);
  }
}
