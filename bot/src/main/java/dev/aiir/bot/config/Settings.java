package dev.aiir.bot.config;

import dev.aiir.commands.CoreSettings;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The process's configuration, read from environment variables (SPEC section 8) and the file that
 * {@code AIIR_CONFIG} names (rollout plan, managers). Secrets are held but never printed: {@link
 * #toString()} names only which are set.
 */
public record Settings(
    String databaseUrl,
    CoreSettings core,
    String consoleUser,
    String consoleChannel,
    Optional<String> slackBotToken,
    Optional<String> slackAppToken,
    Optional<String> discordToken,
    long timeScale,
    Optional<String> configFile) {

  public static final String DEFAULT_DB_URL = "jdbc:sqlite:aiir.db";
  static final long MAX_TIME_SCALE = 1_000_000;

  /** Reads the settings; a bad value stops start-up with a message that names the variable. */
  public static Settings fromEnvironment(Map<String, String> env) {
    String prefix = value(env, "AIIR_ID_PREFIX").orElse(CoreSettings.DEFAULT_PREFIX);
    if (!prefix.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*")) {
      throw new ConfigurationException(
          "AIIR_ID_PREFIX must be upper-case letters, digits and dashes, such as AI-IR");
    }
    Optional<String> configFile = value(env, "AIIR_CONFIG");
    FileConfig file = configFile.map(Path::of).map(ConfigFile::load).orElse(FileConfig.defaults());
    CoreSettings core =
        new CoreSettings(prefix, zone(env), Duration.ofHours(72))
            .withRolloutPlan(file.rolloutPlan())
            .withManagers(file.managers());
    return new Settings(
        value(env, "AIIR_DB_URL").orElse(DEFAULT_DB_URL),
        core,
        value(env, "AIIR_CONSOLE_USER").orElse("console"),
        value(env, "AIIR_CONSOLE_CHANNEL").orElse("console"),
        value(env, "SLACK_BOT_TOKEN"),
        value(env, "SLACK_APP_TOKEN"),
        value(env, "DISCORD_TOKEN"),
        timeScale(env),
        configFile);
  }

  /** {@code AIIR_TIME_SCALE}: how many times faster than real time the timers run (drills). */
  private static long timeScale(Map<String, String> env) {
    Optional<String> text = value(env, "AIIR_TIME_SCALE");
    if (text.isEmpty()) {
      return 1;
    }
    try {
      long scale = Long.parseLong(text.get());
      if (scale >= 1 && scale <= MAX_TIME_SCALE) {
        return scale;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message below.
    }
    throw new ConfigurationException(
        "AIIR_TIME_SCALE must be a whole number from 1 to "
            + MAX_TIME_SCALE
            + ", such as 3600 (an hour of timers per second)");
  }

  public boolean anyPlatformToken() {
    return slackBotToken.isPresent() || discordToken.isPresent();
  }

  private static ZoneId zone(Map<String, String> env) {
    String name = value(env, "AIIR_TIMEZONE").orElse("UTC");
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw new ConfigurationException(
          "AIIR_TIMEZONE '" + name + "' is not a time zone; use a name such as Europe/Berlin");
    }
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  @Override
  public String toString() {
    return "Settings[db="
        + StoreUrls.redacted(databaseUrl)
        + ", prefix="
        + core.idPrefix()
        + ", zone="
        + core.teamZone()
        + ", slack="
        + (slackBotToken.isPresent() ? "set" : "unset")
        + ", discord="
        + (discordToken.isPresent() ? "set" : "unset")
        + ", timeScale="
        + timeScale
        + ", config="
        + configFile.orElse("none")
        + "]";
  }
}
