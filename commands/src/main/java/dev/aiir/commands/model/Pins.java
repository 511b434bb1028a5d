package dev.aiir.commands.model;

import java.util.List;

/**
 * The pin state of one message, read from the timeline. Each pin and unpin is an entry with a
 * numbered source ({@code pin:<id>:<n>}, {@code unpin:<id>:<n>}), so a redelivered event maps to
 * the same source and is taken once, while a message pinned again after an unpin is recorded again.
 */
public record Pins(String messageId, long pins, long unpins) {
  public static Pins of(String messageId, List<TimelineEntry> timeline) {
    return new Pins(
        messageId, count(timeline, pinPrefix(messageId)), count(timeline, unpinPrefix(messageId)));
  }

  public boolean isPinned() {
    return pins > unpins;
  }

  public String nextPinRef() {
    return pinPrefix(messageId) + pins;
  }

  public String nextUnpinRef() {
    return unpinPrefix(messageId) + unpins;
  }

  /** Whether a PIN entry is its message's latest pin and no unpin came after it. */
  public static boolean stillPinned(TimelineEntry pin, List<TimelineEntry> timeline) {
    String ref = pin.sourceRef();
    if (pin.kind() != EntryKind.PIN || ref == null || !ref.startsWith("pin:")) {
      return false;
    }
    int lastColon = ref.lastIndexOf(':');
    Pins state = of(ref.substring("pin:".length(), lastColon), timeline);
    return state.isPinned() && ref.equals(pinPrefix(state.messageId()) + (state.pins() - 1));
  }

  private static String pinPrefix(String messageId) {
    return "pin:" + messageId + ":";
  }

  private static String unpinPrefix(String messageId) {
    return "unpin:" + messageId + ":";
  }

  private static long count(List<TimelineEntry> timeline, String prefix) {
    return timeline.stream()
        .filter(e -> e.sourceRef() != null && e.sourceRef().startsWith(prefix))
        .count();
  }
}
