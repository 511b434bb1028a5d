package dev.aiir.commands.manager;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import dev.aiir.commands.incident.Incident;
import dev.aiir.commands.incident.Severity;
import dev.aiir.commands.timeline.TimeFormats;
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
}
