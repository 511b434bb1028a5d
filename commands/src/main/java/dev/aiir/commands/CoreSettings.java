package dev.aiir.commands;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The core's configuration.
 *
 * @param idPrefix the incident id's prefix, {@code AI-IR} by default
 * @param teamZone the zone in which a bare {@code HH:MM} is read
 * @param pirWindow how long after resolution the PIR is due
 */
public record CoreSettings(String idPrefix, ZoneId teamZone, Duration pirWindow) {
  public static final String DEFAULT_PREFIX = "AI-IR";

  public CoreSettings {
    Objects.requireNonNull(idPrefix, "idPrefix");
    Objects.requireNonNull(teamZone, "teamZone");
    Objects.requireNonNull(pirWindow, "pirWindow");
  }

  public static CoreSettings defaults() {
    return new CoreSettings(DEFAULT_PREFIX, ZoneId.of("UTC"), Duration.ofHours(72));
  }
}
