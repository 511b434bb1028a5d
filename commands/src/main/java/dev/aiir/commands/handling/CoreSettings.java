package dev.aiir.commands.handling;

import dev.aiir.commands.model.AlertRouting;
import dev.aiir.commands.model.DigestSchedule;
import dev.aiir.commands.model.ExportRoutes;
import dev.aiir.commands.model.InsightSettings;
import dev.aiir.commands.model.ManagerDirectory;
import dev.aiir.commands.model.NudgeCadences;
import dev.aiir.commands.model.RolloutPlan;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The core's configuration.
 *
 * @param idPrefix the incident id's prefix, {@code AI-IR} by default
 * @param teamZone the zone in which a bare {@code HH:MM} is read
 * @param pirWindow how long after resolution the PIR is due
 * @param incidentChannels whether {@code declare} creates a dedicated channel for the incident
 * @param rolloutPlan the phases of the staged restoration of traffic (the seed's by default)
 * @param managers who gets managers' reminders, per tenant (nobody by default)
 * @param nudges how long each severity may go without a timeline entry before its commander is
 *     asked for an update (none by default here, so tests of other features stay quiet; the
 *     process's default is {@link NudgeCadences#standard()})
 * @param digest when managers get the digest, in {@code teamZone} (never by default here; the
 *     process's default is {@link DigestSchedule#standard()})
 * @param alerts where alerts from monitoring go and what they do there (nowhere by default)
 * @param insights the reports' and the incident page's settings (no public URL by default)
 * @param exports the trackers and wikis set up, and where each workspace exports (none by default)
 */
public record CoreSettings(
    String idPrefix,
    ZoneId teamZone,
    Duration pirWindow,
    boolean incidentChannels,
    RolloutPlan rolloutPlan,
    ManagerDirectory managers,
    NudgeCadences nudges,
    Optional<DigestSchedule> digest,
    AlertRouting alerts,
    InsightSettings insights,
    ExportRoutes exports) {
  public static final String DEFAULT_PREFIX = "AI-IR";

  public CoreSettings {
    Objects.requireNonNull(idPrefix, "idPrefix");
    Objects.requireNonNull(teamZone, "teamZone");
    Objects.requireNonNull(pirWindow, "pirWindow");
    Objects.requireNonNull(rolloutPlan, "rolloutPlan");
    Objects.requireNonNull(managers, "managers");
    Objects.requireNonNull(nudges, "nudges");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(insights, "insights");
    Objects.requireNonNull(exports, "exports");
  }

  /** Settings without nudges or digest. */
  public CoreSettings(
      String idPrefix,
      ZoneId teamZone,
      Duration pirWindow,
      boolean incidentChannels,
      RolloutPlan rolloutPlan,
      ManagerDirectory managers) {
    this(
        idPrefix,
        teamZone,
        pirWindow,
        incidentChannels,
        rolloutPlan,
        managers,
        NudgeCadences.none(),
        Optional.empty(),
        AlertRouting.none(),
        InsightSettings.none(),
        ExportRoutes.none());
  }

  /** Settings with the default rollout plan and no managers. */
  public CoreSettings(
      String idPrefix, ZoneId teamZone, Duration pirWindow, boolean incidentChannels) {
    this(
        idPrefix,
        teamZone,
        pirWindow,
        incidentChannels,
        RolloutPlan.defaults(),
        ManagerDirectory.none());
  }

  /** Settings without dedicated incident channels, with the default plan and no managers. */
  public CoreSettings(String idPrefix, ZoneId teamZone, Duration pirWindow) {
    this(idPrefix, teamZone, pirWindow, false);
  }

  public static CoreSettings defaults() {
    return new CoreSettings(DEFAULT_PREFIX, ZoneId.of("UTC"), Duration.ofHours(72));
  }

  public CoreSettings withIncidentChannels(boolean on) {
    return new CoreSettings(
        idPrefix,
        teamZone,
        pirWindow,
        on,
        rolloutPlan,
        managers,
        nudges,
        digest,
        alerts,
        insights,
        exports);
  }

  public CoreSettings withRolloutPlan(RolloutPlan plan) {
    return new CoreSettings(
        idPrefix,
        teamZone,
        pirWindow,
        incidentChannels,
        plan,
        managers,
        nudges,
        digest,
        alerts,
        insights,
        exports);
  }

  public CoreSettings withManagers(ManagerDirectory directory) {
    return new CoreSettings(
        idPrefix,
        teamZone,
        pirWindow,
        incidentChannels,
        rolloutPlan,
        directory,
        nudges,
        digest,
        alerts,
        insights,
        exports);
  }

  public CoreSettings withNudges(NudgeCadences cadences) {
    return new CoreSettings(
        idPrefix,
        teamZone,
        pirWindow,
        incidentChannels,
        rolloutPlan,
        managers,
        cadences,
        digest,
        alerts,
        insights,
        exports);
  }

  public CoreSettings withDigest(Optional<DigestSchedule> schedule) {
    return new CoreSettings(
        idPrefix,
        teamZone,
        pirWindow,
        incidentChannels,
        rolloutPlan,
        managers,
        nudges,
        schedule,
        alerts,
        insights,
        exports);
  }

  public CoreSettings withAlerts(AlertRouting routing) {
    return new CoreSettings(
        idPrefix,
        teamZone,
        pirWindow,
        incidentChannels,
        rolloutPlan,
        managers,
        nudges,
        digest,
        routing,
        insights,
        exports);
  }

  public CoreSettings withInsights(InsightSettings value) {
    return new CoreSettings(
        idPrefix,
        teamZone,
        pirWindow,
        incidentChannels,
        rolloutPlan,
        managers,
        nudges,
        digest,
        alerts,
        value,
        exports);
  }

  public CoreSettings withExports(ExportRoutes routes) {
    return new CoreSettings(
        idPrefix,
        teamZone,
        pirWindow,
        incidentChannels,
        rolloutPlan,
        managers,
        nudges,
        digest,
        alerts,
        insights,
        routes);
  }
}
