package dev.aiir.commands.pir;

import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.HistoryMessage;

/**
 * How a key event found in history reads on the draft's timeline: in the seed template's words
 * where the event has them, and as written, with its author, where it does not.
 */
final class HistoryWording {
  private HistoryWording() {}

  static String line(KeyEvent kind, HistoryMessage message, String text) {
    String author = " (" + message.author().handle() + ")";
    return switch (kind) {
      case ALERT -> "Monitoring alert triggered";
      case ALERT_RESOLVED -> "Monitoring alert resolved";
      case ON_CALL -> "On-call engineer confirmed" + author;
      case SEVERITY -> severity(text);
      case ROLLBACK ->
          KeyEventClassifier.rollbackVersion(text)
              .map(v -> "Model rolled back to " + v)
              .orElse("Model rolled back" + author);
      case ROOT_CAUSE -> "Root cause identified";
      case RESOLUTION -> "Incident resolved";
      case MITIGATION, DEPLOY, PINNED, BOT_ENTRY -> PirRenderer.inline(text) + author;
    };
  }

  private static String severity(String text) {
    String level = KeyEventClassifier.severity(text).map(Severity::label).orElse("?");
    return "Severity " + KeyEventClassifier.severityDirection(text) + " to " + level;
  }

  /** The recorded entry kind that tells the same event, or null when none does. */
  static EntryKind entryKind(KeyEvent kind) {
    return switch (kind) {
      case ALERT -> EntryKind.ALERT;
      case ON_CALL -> EntryKind.ACK;
      case SEVERITY -> EntryKind.SEVERITY;
      case ROLLBACK -> EntryKind.ROLLBACK;
      case ROOT_CAUSE -> EntryKind.ROOT_CAUSE;
      case RESOLUTION -> EntryKind.RESOLVED;
      default -> null;
    };
  }
}
