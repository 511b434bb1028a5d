package dev.aiir.db;

import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.port.IncidentTable;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

/** The {@code incidents} table: one row per incident, its roles as columns. */
final class IncidentRows implements IncidentTable {
  private static final String COLUMNS =
      """
      tenant_platform, tenant_workspace, id, title, severity, state, channel_id, model,
      commander_id, commander_name, comms_id, comms_name, scribe_id, scribe_name,
      declared_at, detected_at, resolved_at, pir_due_at,
      root_cause, impact, resolution_summary, pir_link
      """;
  private static final String INSERT =
      "INSERT INTO incidents ("
          + COLUMNS
          + """
          ) VALUES (
            :tenant_platform, :tenant_workspace, :id, :title, :severity, :state, :channel_id,
            :model, :commander_id, :commander_name, :comms_id, :comms_name, :scribe_id,
            :scribe_name, :declared_at, :detected_at, :resolved_at, :pir_due_at,
            :root_cause, :impact, :resolution_summary, :pir_link)
          """;
  private static final String UPDATE =
      """
      UPDATE incidents SET
        title = :title, severity = :severity, state = :state, channel_id = :channel_id,
        model = :model, commander_id = :commander_id, commander_name = :commander_name,
        comms_id = :comms_id, comms_name = :comms_name, scribe_id = :scribe_id,
        scribe_name = :scribe_name, declared_at = :declared_at, detected_at = :detected_at,
        resolved_at = :resolved_at, pir_due_at = :pir_due_at, root_cause = :root_cause,
        impact = :impact, resolution_summary = :resolution_summary, pir_link = :pir_link
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
        AND id = :id
      """;
  private static final String OF_TENANT =
      " FROM incidents"
          + " WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace ";
  private static final String SELECT = "SELECT " + COLUMNS + OF_TENANT;
  private static final String BY_ID = SELECT + "AND id = :id";
  // The channel's incident: the one most recently declared with it bound.
  private static final String LATEST_IN_CHANNEL =
      "AND channel_id = :channel_id ORDER BY declared_at DESC, id DESC LIMIT 1";
  private static final String BY_CHANNEL = SELECT + LATEST_IN_CHANNEL;
  private static final String STATE_IN_CHANNEL = "SELECT state" + OF_TENANT + LATEST_IN_CHANNEL;
  private static final String OPEN = SELECT + "AND state <> :closed ORDER BY declared_at, id";
  private static final IncidentMapper MAPPER = new IncidentMapper();

  private final TenantScope scope;
  private final IncidentCounters counters;

  /**
   * The open incidents as this transaction last read them, until it writes one: reconciliation's
   * features each ask for them, and there may be thousands.
   */
  private List<Incident> open;

  IncidentRows(TenantScope scope, IncidentCounters counters) {
    this.counters = counters;
    this.scope = scope;
  }

  @Override
  public IncidentId allocateId(String prefix, int year) {
    return counters.next(prefix, year);
  }

  @Override
  public void insert(Incident incident) {
    requireOwnTenant(incident);
    open = null;
    bindRecord(scope.update(INSERT), incident).execute();
  }

  @Override
  public void update(Incident incident) {
    requireOwnTenant(incident);
    open = null;
    if (bindRecord(scope.update(UPDATE), incident).execute() == 0) {
      throw new IllegalStateException("no incident " + incident.id() + " to update");
    }
  }

  /**
   * The incident, locked until the transaction ends: a command reads it to change it, and a command
   * on another replica must not change it in between.
   */
  @Override
  public Optional<Incident> find(IncidentId id) {
    return scope.lockingQuery(BY_ID).bind("id", id.value()).map(MAPPER).findOne();
  }

  /** The incident as it stands, read without locking it: for the page, which changes nothing. */
  Optional<Incident> read(IncidentId id) {
    return scope.query(BY_ID).bind("id", id.value()).map(MAPPER).findOne();
  }

  /** The channel's incident, locked like {@link #find}. */
  @Override
  public Optional<Incident> findByChannel(String channelId) {
    return scope.lockingQuery(BY_CHANNEL).bind("channel_id", channelId).map(MAPPER).findOne();
  }

  @Override
  public Optional<IncidentState> stateInChannel(String channelId) {
    return scope
        .lockingQuery(STATE_IN_CHANNEL)
        .bind("channel_id", channelId)
        .map(
            (row, context) ->
                Codes.parse(IncidentState.class, row.getString(1), IncidentState::label))
        .findOne();
  }

  @Override
  public List<Incident> listOpen() {
    if (open == null) {
      open =
          List.copyOf(
              scope.query(OPEN).bind("closed", IncidentState.CLOSED.label()).map(MAPPER).list());
    }
    return open;
  }

  private void requireOwnTenant(Incident incident) {
    if (!incident.tenant().equals(scope.tenant())) {
      throw new IllegalArgumentException(
          "incident "
              + incident.id()
              + " of "
              + incident.tenant()
              + " written in "
              + scope.tenant());
    }
  }

  private static Update bindRecord(Update statement, Incident incident) {
    statement
        .bind("id", incident.id().value())
        .bind("title", incident.title())
        .bind("severity", incident.severity().level())
        .bind("state", incident.state().label())
        .bind("channel_id", incident.channelId())
        .bind("model", incident.model())
        .bind("declared_at", Columns.millis(incident.declaredAt()))
        .bind("detected_at", Columns.millis(incident.detectedAt()))
        .bind("resolved_at", Columns.millis(incident.resolvedAt()))
        .bind("pir_due_at", Columns.millis(incident.pirDueAt()))
        .bind("root_cause", incident.rootCause())
        .bind("impact", incident.impact())
        .bind("resolution_summary", incident.resolutionSummary())
        .bind("pir_link", incident.pirLink());
    for (Role role : Role.values()) {
      Columns.bindUser(statement, role.label(), incident.roles().get(role));
    }
    return statement;
  }
}
