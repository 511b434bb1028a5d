package dev.aiir.commands.talk;

import dev.aiir.commands.port.HistoryMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * What the bots posted: the first alert detects the incident, a repeat of one still firing says
 * nothing, a different one (or the same one firing again after it recovered) is a later alert; and
 * what bots report of people's acts, once there is an incident: an acknowledgement relayed by the
 * pager, a flag switched off, a fix deployed, a status page post.
 */
final class Alerts {
  private final List<AlertIdentity> firing = new ArrayList<>();
  private boolean detected;

  List<KeyEvent> accept(HistoryMessage message, String text) {
    String title = titleOf(text);
    AlertCues.Reading reading = AlertCues.read(message.author().displayName(), title, text);
    return switch (reading) {
      case STATUS_PAGE -> List.of(KeyEvent.CUSTOMER_COMMS);
      case ROUTINE -> List.of();
      case ACKNOWLEDGED -> detected ? List.of(KeyEvent.ACKNOWLEDGEMENT) : List.of();
      case FLAG_OFF, FIX_DEPLOYED -> detected ? List.of(KeyEvent.MITIGATION) : List.of();
      case RECOVERED -> recovered(AlertIdentity.of(title, message.author().id()));
      case FIRING -> fired(AlertIdentity.of(title, message.author().id()));
    };
  }

  private List<KeyEvent> recovered(AlertIdentity alert) {
    if (!detected) {
      return List.of();
    }
    // A monitor may title its recovery nothing like its alert ("[Up] 200 - OK" after "[Down]
    // timeout"): then what recovered is what that monitor had firing.
    if (!firing.removeIf(alert::sameAs)) {
      firing.removeIf(f -> f.source().equals(alert.source()));
    }
    return List.of(KeyEvent.ALERT_RESOLVED);
  }

  private List<KeyEvent> fired(AlertIdentity alert) {
    if (!detected) {
      detected = true;
      firing.add(alert);
      return List.of(KeyEvent.DETECTION);
    }
    if (firing.stream().anyMatch(alert::sameAs)) {
      return List.of();
    }
    firing.add(alert);
    return List.of(KeyEvent.ALERT);
  }

  /** The incident is over: whatever fires next is news. */
  void allRecovered() {
    firing.clear();
  }

  boolean detected() {
    return detected;
  }

  /** An alert's first line: its title where it has one. */
  static String titleOf(String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }
}
