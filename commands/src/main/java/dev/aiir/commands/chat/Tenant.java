package dev.aiir.commands.chat;

import java.util.Objects;

/** A Slack workspace, a Discord guild or the console: nothing of one is visible from another. */
public record Tenant(Platform platform, String workspaceId) {
  public Tenant {
    Objects.requireNonNull(platform, "platform");
    if (workspaceId == null || workspaceId.isBlank()) {
      throw new IllegalArgumentException("a tenant needs a workspace or guild id");
    }
  }

  public static Tenant console() {
    return new Tenant(Platform.CONSOLE, "console");
  }

  @Override
  public String toString() {
    return platform.key() + ":" + workspaceId;
  }
}
