package dev.aiir.commands.manager;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimeFormats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What managers are told: each message says what happened, to which incident, for how long. */
public final class ManagerMessages {
  private ManagerMessages() {}

  /** A SEV-1 was declared. */
  public static Message sev1Declared(Incident incident, Instant now) {
    return alert(incident, incident.id() + " declared SEV-1: " + incident.title(), now);
  }

  /** An incident was raised to SEV-1 from a milder severity. */
  public static Message upgradedToSev1(Incident incident, Severity from, Instant now) {
    return alert(
        incident,
        incident.id() + " upgraded from " + from.label() + " to SEV-1: " + incident.title(),
        now);
  }

  private static Message alert(Incident incident, String title, Instant now) {
    List<Field> fields = new ArrayList<>();
    incident.commander().ifPresent(c -> fields.add(new Field("Commander", c.handle())));
    Duration open = Duration.between(incident.detectedAt(), now);
    fields.add(new Field("Open for", open.isZero() ? "just detected" : TimeFormats.words(open)));
    return Message.of(
        title, fields, List.of("Follow it: `/incident status --id " + incident.id() + "`"));
  }

  static String adminsOnly() {
    return "Only an incident admin can change who the managers are.";
  }

  static String notAManager(String text) {
    return "`"
        + text
        + "` is neither a person nor a channel: write `/incident managers add @user` or"
        + " `/incident managers add #channel`.";
  }

  static String alreadyManager(Recipient who) {
    return name(who) + " already gets managers' reminders.";
  }

  static String notManager(Recipient who) {
    return name(who) + " is not among the managers added from chat.";
  }

  static String inConfigFile(Recipient who) {
    return name(who) + " is set in the configuration file (AIIR_CONFIG): remove it there.";
  }

  static String added(Recipient who) {
    return name(who)
        + " now gets managers' reminders: SEV-1s, rollout maximums, PIR reminders and the digest.";
  }

  static String removed(Recipient who) {
    return name(who) + " no longer gets managers' reminders.";
  }

  static Message list(List<Recipient> all, List<Recipient> configured) {
    if (all.isEmpty()) {
      return Message.text(
          "No managers yet: `/incident managers add @user` or `/incident managers add #channel`.");
    }
    List<String> lines =
        all.stream()
            .map(
                who -> "- " + name(who) + (configured.contains(who) ? " (configuration file)" : ""))
            .toList();
    return Message.of("Managers (" + all.size() + ")", List.of(), lines);
  }

  /** How a manager is named in text: never a live mention, so listing them pings nobody. */
  private static String name(Recipient who) {
    return who.toString();
  }
}
