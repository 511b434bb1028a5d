package dev.aiir.bot.slack;

import java.util.Optional;

/**
 * Where a form was opened from, carried through Slack in the modal's {@code private_metadata}
 * (Slack returns it with the submission; at most 3,000 characters, and this is a few dozen): the
 * channel to answer in and, for a form behind a button, the ts of the message that carried it.
 *
 * @param messageTs empty for a form opened by a command rather than a button
 */
record ModalOrigin(String channelId, Optional<String> messageTs) {
  private static final char SEPARATOR = ' ';

  static ModalOrigin channel(String channelId) {
    return new ModalOrigin(channelId, Optional.empty());
  }

  static ModalOrigin message(String channelId, String ts) {
    return new ModalOrigin(channelId, Optional.ofNullable(ts));
  }

  /** Channel ids and message ts hold no spaces, so one space separates them. */
  String encode() {
    return messageTs.map(ts -> channelId + SEPARATOR + ts).orElse(channelId);
  }

  /** The origin a submission carries back; empty when the metadata is not one of ours. */
  static Optional<ModalOrigin> decode(String metadata) {
    if (metadata == null || metadata.isBlank()) {
      return Optional.empty();
    }
    String[] parts = metadata.strip().split(String.valueOf(SEPARATOR), -1);
    if (parts.length > 2 || parts[0].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        parts.length == 1
            ? channel(parts[0])
            : message(parts[0], parts[1].isEmpty() ? null : parts[1]));
  }
}
