package dev.aiir.commands.model;

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

  /** {@code #C123} or {@code @U123}: how logs and dedupe keys name it. */
  @Override
  public String toString() {
    return (kind == Kind.CHANNEL ? "#" : "@") + id;
  }
}
