package dev.aiir.commands.port;

import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import java.util.List;
import java.util.Optional;

/** A tenant's incidents, inside its transaction. */
public interface IncidentTable {
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

  /**
   * The state of the incident most recently declared with this channel bound to it, held like
   * {@link #find}: all a declaration needs to know whether the channel is free, read without the
   * whole incident.
   */
  Optional<IncidentState> stateInChannel(String channelId);

  /** Incidents not yet closed, oldest declaration first. */
  List<Incident> listOpen();
}
