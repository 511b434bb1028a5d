package dev.aiir.db;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentBuilder;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Rebuilds an incident from its row; each role is a pair of columns named after the role. */
final class IncidentMapper implements RowMapper<Incident> {

  @Override
  public Incident map(ResultSet row, StatementContext context) throws SQLException {
    return new IncidentBuilder()
        .tenant(Columns.tenant(row))
        .id(new IncidentId(row.getString("id")))
        .title(row.getString("title"))
        .severity(Severity.ofLevel(row.getInt("severity")))
        .state(Codes.parse(IncidentState.class, row.getString("state"), IncidentState::label))
        .channelId(row.getString("channel_id"))
        .model(row.getString("model"))
        .roles(roles(row))
        .declaredAt(Columns.instant(row, "declared_at"))
        .detectedAt(Columns.instant(row, "detected_at"))
        .resolvedAt(Columns.instant(row, "resolved_at"))
        .pirDueAt(Columns.instant(row, "pir_due_at"))
        .rootCause(row.getString("root_cause"))
        .impact(row.getString("impact"))
        .resolutionSummary(row.getString("resolution_summary"))
        .pirLink(row.getString("pir_link"))
        .build();
  }

  private static Map<Role, UserRef> roles(ResultSet row) throws SQLException {
    Map<Role, UserRef> roles = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      UserRef holder = Columns.user(row, role.label());
      if (holder != null) {
        roles.put(role, holder);
      }
    }
    return roles;
  }
}
