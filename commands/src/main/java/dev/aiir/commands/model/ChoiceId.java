package dev.aiir.commands.model;

import dev.aiir.commands.chat.Choice;
import java.util.Objects;
import java.util.Optional;

/**
 * What a button or form is for, as the text a platform carries in its action or custom id: {@code
 * aiir:<kind>:<incident>:<guard>}. The guard names the state the button was made for (a phase run,
 * a quiet timeline), so a press can tell whether it is outdated. Ids of the declare form carry no
 * incident: {@code aiir:declare}; an offered alert's Declare button carries the alert's number in
 * the store instead: {@code aiir:alert::42}.
 */
public record ChoiceId(ChoiceKind kind, Optional<IncidentId> incident, String guard) {
  /** Every id the bot hands out starts with this, so platforms know which interactions are ours. */
  public static final String PREFIX = "aiir:";

  /** Discord's limit on a custom id; Slack's action ids allow more. */
  static final int MAX_LENGTH = 100;

  public ChoiceId {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(incident, "incident");
    guard = guard == null ? "" : guard;
    if (guard.contains(":")) {
      throw new IllegalArgumentException("a guard cannot contain ':'");
    }
  }

  public static ChoiceId of(ChoiceKind kind, IncidentId incident, String guard) {
    return new ChoiceId(kind, Optional.of(incident), guard);
  }

  public static ChoiceId declare() {
    return new ChoiceId(ChoiceKind.DECLARE, Optional.empty(), "");
  }

  /** The Declare button under the alert stored as number {@code alertId}. */
  public static ChoiceId alert(long alertId) {
    return new ChoiceId(ChoiceKind.DECLARE_ALERT, Optional.empty(), Long.toString(alertId));
  }

  /** The alert's number a Declare button under an alert carries; empty for other buttons. */
  public Optional<Long> alertId() {
    if (kind != ChoiceKind.DECLARE_ALERT) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(guard));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether a platform's action or custom id is one of the bot's. */
  public static boolean isOurs(String text) {
    return text != null && text.startsWith(PREFIX);
  }

  /** The id a platform sent back; empty when it is not one the bot makes. */
  public static Optional<ChoiceId> parse(String text) {
    if (!isOurs(text) || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String[] parts = text.substring(PREFIX.length()).split(":", -1);
    Optional<ChoiceKind> kind = ChoiceKind.ofCode(parts[0]);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    if (kind.get() == ChoiceKind.DECLARE) {
      return parts.length == 1 ? Optional.of(declare()) : Optional.empty();
    }
    if (kind.get() == ChoiceKind.DECLARE_ALERT) {
      return parts.length == 3 && parts[1].isEmpty() && parts[2].matches("\\d{1,18}")
          ? Optional.of(alert(Long.parseLong(parts[2])))
          : Optional.empty();
    }
    if (parts.length != 3) {
      return Optional.empty();
    }
    return IncidentId.parse(parts[1]).map(id -> of(kind.get(), id, parts[2]));
  }

  public String encode() {
    if (incident.isEmpty()) {
      return guard.isEmpty() ? PREFIX + kind.code() : PREFIX + kind.code() + "::" + guard;
    }
    return PREFIX + kind.code() + ":" + incident.get() + ":" + guard;
  }

  /** The button that carries this id. */
  public Choice button() {
    return new Choice(encode(), kind.label(), kind.style());
  }
}
