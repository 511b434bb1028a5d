package dev.aiir.bot.discord;

import static dev.aiir.bot.config.EnvironmentVariables.value;

import dev.aiir.bot.config.ConfigurationException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Discord's configuration from the environment: the token, optional REST and gateway URLs (tests
 * and proxies), the guild for instant guild-scoped registration, the roles of incident admins and
 * the category incident channels are made under. {@link #toString()} never shows the token.
 *
 * @param apiUrl the REST base, such as {@code http://127.0.0.1:PORT/api/v10/}, or Discord's
 * @param gatewayUrl the gateway, such as {@code ws://127.0.0.1:PORT}, or Discord's
 * @param guildId registers {@code /incident} in this guild only (instant) instead of globally
 */
public record DiscordSettings(
    String token,
    Optional<String> apiUrl,
    Optional<String> gatewayUrl,
    Optional<String> guildId,
    Set<String> adminRoleIds,
    String incidentCategory) {

  public static final String DEFAULT_CATEGORY = "Incidents";
  private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");

  public DiscordSettings {
    adminRoleIds = Set.copyOf(adminRoleIds);
  }

  /** Empty when {@code DISCORD_TOKEN} is unset; a bad value stops start-up naming its variable. */
  public static Optional<DiscordSettings> fromEnvironment(Map<String, String> env) {
    return value(env, "DISCORD_TOKEN")
        .map(
            token ->
                new DiscordSettings(
                    token,
                    value(env, "DISCORD_API_URL").map(DiscordSettings::restBase),
                    value(env, "DISCORD_GATEWAY_URL").map(DiscordSettings::gateway),
                    value(env, "AIIR_DISCORD_GUILD").map(id -> snowflake("AIIR_DISCORD_GUILD", id)),
                    roles(value(env, "AIIR_DISCORD_ADMIN_ROLES").orElse("")),
                    value(env, "AIIR_DISCORD_CATEGORY").orElse(DEFAULT_CATEGORY)));
  }

  private static String restBase(String url) {
    if (!url.matches("https?://\\S+")) {
      throw new ConfigurationException(
          "DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api/v10/");
    }
    return url.endsWith("/") ? url : url + "/";
  }

  private static String gateway(String url) {
    if (!url.matches("wss?://\\S+")) {
      throw new ConfigurationException(
          "DISCORD_GATEWAY_URL must be a ws:// or wss:// URL such as ws://127.0.0.1:8081");
    }
    return url;
  }

  private static Set<String> roles(String list) {
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(id -> !id.isEmpty())
        .map(id -> snowflake("AIIR_DISCORD_ADMIN_ROLES", id))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String snowflake(String variable, String id) {
    if (!SNOWFLAKE.matcher(id).matches()) {
      throw new ConfigurationException(
          variable + " takes Discord ids (digits, comma-separated for roles), not '" + id + "'");
    }
    return id;
  }

  @Override
  public String toString() {
    return "DiscordSettings[token=set, api="
        + apiUrl.orElse("discord")
        + ", gateway="
        + gatewayUrl.orElse("discord")
        + ", guild="
        + guildId.orElse("global")
        + ", adminRoles="
        + adminRoleIds.size()
        + ", category="
        + incidentCategory
        + "]";
  }
}
