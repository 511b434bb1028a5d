package dev.aiir.commands.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who manages a workspace's incidents: a managers' channel and/or people to message directly.
 * Maximum-duration rollout reminders go to them.
 */
public record Managers(Optional<String> channelId, List<String> userIds) {
  public Managers {
    Objects.requireNonNull(channelId, "channelId");
    userIds = List.copyOf(userIds);
  }

  public static Managers none() {
    return new Managers(Optional.empty(), List.of());
  }

  /** The channel first, then each person. */
  public List<Recipient> recipients() {
    List<Recipient> all = new ArrayList<>();
    channelId.ifPresent(id -> all.add(Recipient.channel(id)));
    userIds.forEach(id -> all.add(Recipient.user(id)));
    return all;
  }
}
