package dev.aiir.commands.port;

import dev.aiir.commands.chat.Platform;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The chat platforms this process serves, so the core reaches a tenant on its own platform. */
public final class ChatPlatforms {
  private final Map<Platform, ChatPlatform> byPlatform = new EnumMap<>(Platform.class);

  public ChatPlatforms register(Platform platform, ChatPlatform chat) {
    byPlatform.put(platform, chat);
    return this;
  }

  /** The platforms registered and connected: the ones whose messages this process can send now. */
  public Set<Platform> platforms() {
    return byPlatform.entrySet().stream()
        .filter(entry -> entry.getValue().connected())
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  public Optional<ChatPlatform> forPlatform(Platform platform) {
    return Optional.ofNullable(byPlatform.get(platform));
  }
}
