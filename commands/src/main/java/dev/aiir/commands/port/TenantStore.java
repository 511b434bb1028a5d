package dev.aiir.commands.port;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.RecoveryProgress;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One tenant's incidents inside one transaction. Every method reads or writes only rows of {@link
 * #tenant()}; an id of another tenant is simply not found, and a write about an incident this
 * tenant does not have throws. Times are kept to the millisecond.
 */
public interface TenantStore {

  Tenant tenant();

  /**
   * The next id of the year for this tenant and prefix: 001 upwards, never handed out twice (a new
   * prefix starts again at 001).
   */
  IncidentId allocateId(String prefix, int year);

  void insert(Incident incident);

  /** Saves the incident's new record; the id and tenant never change. */
  void update(Incident incident);

  /**
   * The incident, which no other transaction changes until this one ends (on any replica), so that
   * a command that reads it and then updates it never undoes another command's update.
   */
  Optional<Incident> find(IncidentId id);

  /** The incident most recently declared with this channel bound to it, held like {@link #find}. */
  Optional<Incident> findByChannel(String channelId);

  /** Incidents not yet closed, oldest declaration first. */
  List<Incident> listOpen();

  /**
   * Appends an entry and returns it with its sequence number. Entries taken from a platform message
   * go through {@link #appendOnce} instead.
   */
  TimelineEntry append(IncidentId id, TimelineEntry entry);

  /**
   * Appends an entry taken from a platform message ({@code sourceRef} set) unless one with the same
   * source already exists: a message pinned twice is one entry. Empty when it was already there.
   */
  Optional<TimelineEntry> appendOnce(IncidentId id, TimelineEntry entry);

  /** The timeline in order of time, then of writing. */
  List<TimelineEntry> timeline(IncidentId id);

  /** Adds an action item, numbering it after the incident's last one. */
  ActionItem addAction(IncidentId id, ActionItem item);

  /** Saves an existing action item's new state, found by its number; an unknown number throws. */
  void updateAction(IncidentId id, ActionItem item);

  /** Action items by number. */
  List<ActionItem> actions(IncidentId id);

  /** Records a checklist step as done, replacing an earlier record of the same step. */
  void saveRecovery(IncidentId id, RecoveryProgress progress);

  /** The steps done so far, in checklist order. */
  List<RecoveryProgress> recovery(IncidentId id);

  /** The incident's staged restoration of traffic; empty until {@code rollout start}. */
  Optional<Rollout> rollout(IncidentId id);

  /**
   * Saves the rollout's new record: its phases are numbered in order, earlier ones updated, new
   * ones added. The incident must be this tenant's.
   */
  void saveRollout(IncidentId id, Rollout rollout);

  /** The rollouts whose current phase is still running, by incident id in id order. */
  Map<IncidentId, Rollout> activeRollouts();

  /**
   * Queues a notice to be sent once this transaction commits, unless one with the same {@code
   * dedupeKey} was ever queued in this tenant: a reminder decided twice is sent once. Returns
   * whether it was queued.
   */
  boolean enqueue(String dedupeKey, Notice notice, Instant at);

  /**
   * The managers added from chat ({@code /incident managers add}), channels first, each kind by id;
   * the configuration file's are not here.
   */
  List<Recipient> addedManagers();

  /** Adds a manager; false when already added. */
  boolean addManager(Recipient manager);

  /** Removes a manager added from chat; false when it was not added. */
  boolean removeManager(Recipient manager);
}
