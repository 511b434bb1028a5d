package dev.aiir.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertGlance;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.AlertStatus;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.port.AlertTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The {@code alerts} table. Its partial unique index holds one open record per dedupe key; an
 * insert that meets an open one does nothing, which settles two deliveries of one alert racing on
 * two replicas (on PostgreSQL the second waits for the first to commit, then inserts nothing).
 */
final class AlertRows implements AlertTable {
  private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, dedupe_key, source, fingerprint, title, labels, annotations, links, generator_url,"
          + " starts_at, ends_at, status, changed_at, incident_id, opened_at, closed_at";
  private static final String SELECT =
      "SELECT "
          + COLUMNS
          + " FROM alerts WHERE tenant_platform = :tenant_platform"
          + " AND tenant_workspace = :tenant_workspace";
  private static final String LATEST = SELECT + " AND dedupe_key = :key ORDER BY id DESC LIMIT 1";
  private static final String GLANCE =
      """
      SELECT a.status, a.incident_id, a.closed_at, i.state
      FROM alerts a LEFT JOIN incidents i
        ON i.tenant_platform = a.tenant_platform AND i.tenant_workspace = a.tenant_workspace
          AND i.id = a.incident_id
      WHERE a.tenant_platform = :tenant_platform AND a.tenant_workspace = :tenant_workspace
        AND a.dedupe_key = :key
      ORDER BY a.id DESC LIMIT 1
      """;
  private static final String BY_ID = SELECT + " AND id = :id";
  private static final String OF_INCIDENT = SELECT + " AND incident_id = :incident_id ORDER BY id";
  private static final String INSERT =
      """
      INSERT INTO alerts
        (tenant_platform, tenant_workspace, dedupe_key, source, fingerprint, title, labels,
         annotations, links, generator_url, starts_at, ends_at, status, changed_at, incident_id,
         opened_at, closed_at)
      """;
  private static final String VALUES =
      """
        :tenant_platform, :tenant_workspace, :key, :source, :fingerprint, :title, :labels,
        :annotations, :links, :generator_url, :starts_at, :ends_at, :status, :changed_at,
        :incident_id, :opened_at, :closed_at
      """;
  private static final String UNLESS_OPEN =
      """
      ON CONFLICT (tenant_platform, tenant_workspace, dedupe_key) WHERE closed_at IS NULL
      DO NOTHING
      RETURNING id
      """;
  private static final String OPEN = INSERT + "VALUES (" + VALUES + ")\n" + UNLESS_OPEN;
  // SQLite needs the WHERE to tell the upsert's ON CONFLICT from a join's ON.
  private static final String OPEN_FIRST =
      INSERT
          + "SELECT "
          + VALUES
          + """
          WHERE NOT EXISTS (
            SELECT 1 FROM alerts
            WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
              AND dedupe_key = :key)
          """
          + UNLESS_OPEN;
  private static final String UPDATE =
      """
      UPDATE alerts
      SET status = :status, changed_at = :changed_at, incident_id = :incident_id,
          closed_at = :closed_at
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
        AND id = :id
      """;

  private final TenantScope scope;

  AlertRows(TenantScope scope) {
    this.scope = scope;
  }

  @Override
  public Optional<AlertRecord> latest(String key) {
    return scope.lockingQuery(LATEST).bind("key", key).map(AlertRows::record).findOne();
  }

  @Override
  public Optional<AlertGlance> glance(String key) {
    return scope.query(GLANCE).bind("key", key).map(AlertRows::glance).findOne();
  }

  @Override
  public Optional<AlertRecord> open(AlertRecord record) {
    return inserted(OPEN, record);
  }

  @Override
  public Optional<AlertRecord> openFirst(AlertRecord record) {
    return inserted(OPEN_FIRST, record);
  }

  private Optional<AlertRecord> inserted(String sql, AlertRecord record) {
    Alert alert = record.alert();
    return scope
        .query(sql)
        .bind("key", record.key())
        .bind("source", alert.source().key())
        .bind("fingerprint", alert.fingerprint())
        .bind("title", alert.title())
        .bind("labels", write(alert.labels()))
        .bind("annotations", write(alert.annotations()))
        .bind("links", write(alert.links()))
        .bind("generator_url", alert.generatorUrl())
        .bind("starts_at", Columns.millis(alert.startsAt()))
        .bind("ends_at", Columns.millis(alert.endsAt()))
        .bind("status", record.status().key())
        .bind("changed_at", Columns.millis(record.changedAt()))
        .bind("incident_id", record.declared().map(IncidentId::value).orElse(null))
        .bind("opened_at", Columns.millis(record.openedAt()))
        .bind("closed_at", Columns.millis(record.closedAt()))
        .map((row, context) -> row.getLong(1))
        .findOne()
        .map(record::withId);
  }

  @Override
  public Optional<AlertRecord> find(long id) {
    return scope.lockingQuery(BY_ID).bind("id", id).map(AlertRows::record).findOne();
  }

  @Override
  public void update(AlertRecord record) {
    int updated =
        scope
            .update(UPDATE)
            .bind("id", record.id())
            .bind("status", record.status().key())
            .bind("changed_at", Columns.millis(record.changedAt()))
            .bind("incident_id", record.declared().map(IncidentId::value).orElse(null))
            .bind("closed_at", Columns.millis(record.closedAt()))
            .execute();
    if (updated != 1) {
      throw new IllegalStateException("no alert " + record.id() + " in " + scope.tenant());
    }
  }

  @Override
  public List<AlertRecord> of(IncidentId incident) {
    return scope
        .query(OF_INCIDENT)
        .bind("incident_id", incident.value())
        .map(AlertRows::record)
        .list();
  }

  private static AlertRecord record(ResultSet row, StatementContext context) throws SQLException {
    Alert alert =
        new Alert(
            Codes.parse(AlertSource.class, row.getString("source"), AlertSource::key),
            row.getString("fingerprint"),
            AlertStatus.FIRING,
            row.getString("title"),
            read(row.getString("labels")),
            read(row.getString("annotations")),
            Columns.instant(row, "starts_at"),
            Columns.instant(row, "ends_at"),
            row.getString("generator_url"),
            read(row.getString("links")));
    String incident = row.getString("incident_id");
    return new AlertRecord(
        row.getLong("id"),
        row.getString("dedupe_key"),
        alert,
        Codes.parse(AlertStatus.class, row.getString("status"), AlertStatus::key),
        Columns.instant(row, "changed_at"),
        incident == null ? null : new IncidentId(incident),
        Columns.instant(row, "opened_at"),
        Columns.instant(row, "closed_at"));
  }

  private static AlertGlance glance(ResultSet row, StatementContext context) throws SQLException {
    String incident = row.getString(2);
    String state = row.getString(4);
    return new AlertGlance(
        Codes.parse(AlertStatus.class, row.getString(1), AlertStatus::key),
        Optional.ofNullable(incident).map(IncidentId::new),
        Optional.ofNullable(state)
            .map(s -> Codes.parse(IncidentState.class, s, IncidentState::label)),
        Columns.instant(row, "closed_at"));
  }

  private static String write(Map<String, String> map) {
    try {
      return StoreJson.MAPPER.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an alert's map could not be written", e);
    }
  }

  private static Map<String, String> read(String json) {
    try {
      return StoreJson.MAPPER.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an alert's map in the store is not readable", e);
    }
  }
}
