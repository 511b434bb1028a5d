package dev.aiir.commands.port;

import dev.aiir.commands.model.AlertGlance;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.IncidentId;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's alerts, inside its transaction. At most one record per dedupe key is open at a time,
 * whatever the concurrency: that is what makes one alert open one incident.
 */
public interface AlertTable {
  /**
   * The most recent record with this key, open or closed, held like {@link IncidentTable#find} so
   * that two deliveries of one alert queue on it.
   */
  Optional<AlertRecord> latest(String key);

  /**
   * The same record at a glance, with its incident's state, in one read that holds nothing: what
   * tells a repeat delivery apart before any write, in a storm where most deliveries are repeats.
   */
  Optional<AlertGlance> glance(String key);

  /**
   * Stores a new open record and returns it numbered, unless an open one with its key exists
   * (another delivery of the same alert got there first, on any replica): then empty, and nothing
   * is written.
   */
  Optional<AlertRecord> open(AlertRecord record);

  /**
   * Stores a new open record and returns it numbered, only when its key has no record at all, open
   * or closed (an alert never seen before): what {@link #latest} and then {@link #open} decide, in
   * one statement, for a storm's new alerts. Empty, with nothing written, when the key has one
   * (another delivery got there since it was read): then decide from {@link #latest}.
   */
  Optional<AlertRecord> openFirst(AlertRecord record);

  /** The record with this number, held like {@link #latest}. */
  Optional<AlertRecord> find(long id);

  /** Saves the record's status, incident and closing; its key and alert never change. */
  void update(AlertRecord record);

  /** The alerts of an incident, in the order they were taken in. */
  List<AlertRecord> of(IncidentId incident);
}
