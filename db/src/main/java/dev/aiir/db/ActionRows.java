package dev.aiir.db;

import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.port.ActionTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** The {@code action_items} table, numbered per incident from the incident row's counter. */
final class ActionRows implements ActionTable {
  // Bumping the counter on the incident's row locks that row, so concurrent adds to one incident
  // queue instead of taking the same number; no row means no such incident in this tenant.
  private static final String NEXT_NUMBER =
      """
      UPDATE incidents SET last_action_number = last_action_number + 1
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
        AND id = :incident_id
      RETURNING last_action_number
      """;
  private static final String INSERT =
      """
      INSERT INTO action_items
        (tenant_platform, tenant_workspace, incident_id, number, priority, body,
         owner_id, owner_name, added_by_id, added_by_name, added_at,
         done_by_id, done_by_name, done_at)
      VALUES
        (:tenant_platform, :tenant_workspace, :incident_id, :number, :priority, :body,
         :owner_id, :owner_name, :added_by_id, :added_by_name, :added_at,
         :done_by_id, :done_by_name, :done_at)
      """;
  private static final String UPDATE =
      """
      UPDATE action_items SET
        priority = :priority, body = :body, owner_id = :owner_id, owner_name = :owner_name,
        added_by_id = :added_by_id, added_by_name = :added_by_name, added_at = :added_at,
        done_by_id = :done_by_id, done_by_name = :done_by_name, done_at = :done_at
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
        AND incident_id = :incident_id AND number = :number
      """;
  private static final String LIST =
      """
      SELECT number, priority, body, owner_id, owner_name, added_by_id, added_by_name, added_at,
             done_by_id, done_by_name, done_at
      FROM action_items
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
        AND incident_id = :incident_id
      ORDER BY number
      """;

  private final TenantScope scope;

  ActionRows(TenantScope scope) {
    this.scope = scope;
  }

  @Override
  public ActionItem add(IncidentId id, ActionItem item) {
    int number =
        scope
            .query(NEXT_NUMBER)
            .bind("incident_id", id.value())
            .mapTo(Integer.class)
            .findOne()
            .orElseThrow(() -> new IllegalStateException("no incident " + id));
    ActionItem numbered =
        new ActionItem(
            number,
            item.priority(),
            item.text(),
            item.owner(),
            item.addedBy(),
            item.addedAt(),
            item.doneBy(),
            item.doneAt());
    bindItem(scope.update(INSERT), id, numbered).execute();
    return numbered;
  }

  @Override
  public void update(IncidentId id, ActionItem item) {
    if (bindItem(scope.update(UPDATE), id, item).execute() == 0) {
      throw new IllegalStateException("no action item " + item.number() + " on " + id);
    }
  }

  @Override
  public List<ActionItem> of(IncidentId id) {
    return scope.query(LIST).bind("incident_id", id.value()).map(ActionRows::item).list();
  }

  private static Update bindItem(Update statement, IncidentId id, ActionItem item) {
    Columns.bindUser(statement, "owner", item.owner());
    Columns.bindUser(statement, "added_by", item.addedBy());
    Columns.bindUser(statement, "done_by", item.doneBy());
    return statement
        .bind("incident_id", id.value())
        .bind("number", item.number())
        .bind("priority", item.priority().name())
        .bind("body", item.text())
        .bind("added_at", Columns.millis(item.addedAt()))
        .bind("done_at", Columns.millis(item.doneAt()));
  }

  private static ActionItem item(ResultSet row, StatementContext context) throws SQLException {
    return new ActionItem(
        row.getInt("number"),
        Codes.parse(Priority.class, row.getString("priority"), Priority::name),
        row.getString("body"),
        Columns.user(row, "owner"),
        Columns.user(row, "added_by"),
        Columns.instant(row, "added_at"),
        Columns.user(row, "done_by"),
        Columns.instant(row, "done_at"));
  }
}
