package dev.aiir.commands.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Where a message goes: a channel, or a person by direct message. */
public record Recipient(Kind kind, String id) {

  /** A channel or a person. */
  public enum Kind {
    CHANNEL,
    USER;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Recipient {
    Objects.requireNonNull(kind, "kind");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a recipient needs an id");
    }
  }

  public static Recipient channel(String id) {
    return new Recipient(Kind.CHANNEL, id);
  }

  public static Recipient user(String id) {
    return new Recipient(Kind.USER, id);
  }

  /**
   * Who hears about an incident: its channel, or its commander by direct message when it has none
   * (nobody when it has neither).
   */
  public static List<Recipient> of(Incident incident) {
    if (incident.channelId() != null) {
      return List.of(channel(incident.channelId()));
    }
    return incident.commander().map(c -> List.of(user(c.id()))).orElse(List.of());
  }

  /** {@code #C123} or {@code @U123}: how logs and dedupe keys name it. */
  @Override
  public String toString() {
    return (kind == Kind.CHANNEL ? "#" : "@") + id;
  }
}
