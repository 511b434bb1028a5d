package dev.aiir.commands.pir;

import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.HistoryMessage;
import dev.aiir.commands.talk.KeyEvent;

/**
 * How a key event found in history reads on the draft's timeline: in the seed template's words
 * where the event has them, with the message quoted where its own words are the evidence.
 */
final class HistoryWording {
  /** Long enough for a sentence or two; the source link holds the rest. */
  static final int QUOTE = 220;

  /** Slack's {@code :rotating_light:}: noise in a quote (a time such as 12:30:00 is not one). */
  private static final java.util.regex.Pattern EMOJI_CODE =
      java.util.regex.Pattern.compile(":[a-z0-9_+-]*[a-z][a-z0-9_+-]*:");

  private HistoryWording() {}

  static String line(KeyEvent kind, HistoryMessage message, Severity severity, String direction) {
    String quote = quote(message.text());
    return switch (kind) {
      case DETECTION ->
          message.fromBot()
              ? "Monitoring alert triggered: " + quote(title(message.text()))
              : "First report: " + quote;
      case ALERT -> "Alert fired: " + quote(title(message.text()));
      case ALERT_RESOLVED -> "Alert resolved: " + quote(title(message.text()));
      case ACKNOWLEDGEMENT -> "On-call engineer confirmed";
      case SEVERITY -> "Severity " + direction + " to " + severity.label();
      case MITIGATION -> "Mitigation: " + quote;
      case ROOT_CAUSE -> "Root cause identified: " + HistoryDigest.causeOf(message.text());
      case IMPACT -> "Impact: " + quote;
      case CUSTOMER_COMMS -> "Customers informed: " + quote;
      case RESOLUTION -> "Incident resolved";
      case REOPEN -> "Incident reopened: " + quote;
      case PINNED, BOT_ENTRY -> PirRenderer.inline(message.text());
    };
  }

  /** The message on one line, cut at a word near {@link #QUOTE} characters. */
  static String quote(String text) {
    String line =
        PirRenderer.inline(EMOJI_CODE.matcher(text == null ? "" : text).replaceAll("")).strip();
    if (line.length() <= QUOTE) {
      return line;
    }
    int cut = line.lastIndexOf(' ', QUOTE);
    return line.substring(0, cut > QUOTE / 2 ? cut : QUOTE).strip() + "…";
  }

  private static String title(String text) {
    for (String l : text.split("\n")) {
      if (!l.isBlank()) {
        return l;
      }
    }
    return text;
  }

  /** The recorded entry kind that tells the same event, or null when none does. */
  static EntryKind entryKind(KeyEvent kind) {
    return switch (kind) {
      case DETECTION -> EntryKind.ALERT;
      case ACKNOWLEDGEMENT -> EntryKind.ACK;
      case SEVERITY -> EntryKind.SEVERITY;
      case MITIGATION -> EntryKind.ROLLBACK;
      case ROOT_CAUSE -> EntryKind.ROOT_CAUSE;
      case IMPACT -> EntryKind.IMPACT;
      case RESOLUTION -> EntryKind.RESOLVED;
      default -> null;
    };
  }
}
