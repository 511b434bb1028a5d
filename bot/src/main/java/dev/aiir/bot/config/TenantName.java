package dev.aiir.bot.config;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import java.util.Locale;

/** A workspace named as {@code slack:T0123}, {@code discord:<guild id>} or {@code console}. */
public final class TenantName {
  private TenantName() {}

  /** The tenant {@code text} names; a name that is none is a configuration problem. */
  public static Tenant parse(String text) {
    String[] parts = text.strip().split(":", 2);
    try {
      Platform platform = Platform.valueOf(parts[0].toUpperCase(Locale.ROOT));
      return new Tenant(platform, parts.length > 1 ? parts[1] : "console");
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "a workspace is console, slack:<team id> or discord:<guild id>, not '" + text + "'");
    }
  }
}
