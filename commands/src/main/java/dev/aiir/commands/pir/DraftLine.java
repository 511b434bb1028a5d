package dev.aiir.commands.pir;

import java.time.Instant;

/**
 * One line of the draft's timeline.
 *
 * @param source {@code record} for the bot's timeline, {@code history} for the channel's messages
 * @param kind what the line records, such as {@code root_cause} or {@code note}
 * @param by who wrote the message a history line comes from; null for a recorded entry
 * @param ref where the message is (its link, or its id); null for a recorded entry
 */
public record DraftLine(
    Instant at, String text, String source, String kind, String by, String ref) {
  /** A line of the bot's own record. */
  public static DraftLine recorded(Instant at, String text, String kind) {
    return new DraftLine(at, text, "record", kind, null, null);
  }

  static DraftLine of(HistoryEvent event) {
    return new DraftLine(
        event.at(),
        event.text(),
        "history",
        event.kind().name().toLowerCase(java.util.Locale.ROOT),
        event.author().handle(),
        event.source());
  }
}
