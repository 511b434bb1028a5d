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
 * @param incidentChannels whether {@code declare} creates a dedicated channel for the incident
 */
public record CoreSettings(
    String idPrefix, ZoneId teamZone, Duration pirWindow, boolean incidentChannels) {
  public static final String DEFAULT_PREFIX = "AI-IR";

  public CoreSettings {
    Objects.requireNonNull(idPrefix, "idPrefix");
    Objects.requireNonNull(teamZone, "teamZone");
    Objects.requireNonNull(pirWindow, "pirWindow");
  }

  /** Settings without dedicated incident channels. */
  public CoreSettings(String idPrefix, ZoneId teamZone, Duration pirWindow) {
    this(idPrefix, teamZone, pirWindow, false);
  }

  public static CoreSettings defaults() {
    return new CoreSettings(DEFAULT_PREFIX, ZoneId.of("UTC"), Duration.ofHours(72));
  }

  public CoreSettings withIncidentChannels(boolean on) {
    return new CoreSettings(idPrefix, teamZone, pirWindow, on);
  }
}
