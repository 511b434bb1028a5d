package dev.aiir.db;

import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.port.ManagerTable;
import java.util.List;
import java.util.Locale;

/** The {@code managers} table: the managers a tenant added from chat, one row each. */
final class ManagerRows implements ManagerTable {
  private static final String LIST =
      """
      SELECT kind, recipient_id FROM managers
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
      ORDER BY kind, recipient_id
      """;
  private static final String ADD =
      """
      INSERT INTO managers (tenant_platform, tenant_workspace, kind, recipient_id)
      VALUES (:tenant_platform, :tenant_workspace, :kind, :recipient_id)
      ON CONFLICT DO NOTHING
      """;
  private static final String REMOVE =
      """
      DELETE FROM managers
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
        AND kind = :kind AND recipient_id = :recipient_id
      """;

  private final TenantScope scope;

  ManagerRows(TenantScope scope) {
    this.scope = scope;
  }

  @Override
  public List<Recipient> added() {
    return scope
        .query(LIST)
        .map(
            (row, context) ->
                new Recipient(
                    Recipient.Kind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
                    row.getString("recipient_id")))
        .list();
  }

  @Override
  public boolean add(Recipient manager) {
    return bind(scope.update(ADD), manager).execute() > 0;
  }

  @Override
  public boolean remove(Recipient manager) {
    return bind(scope.update(REMOVE), manager).execute() > 0;
  }

  private static org.jdbi.v3.core.statement.Update bind(
      org.jdbi.v3.core.statement.Update update, Recipient manager) {
    return update.bind("kind", manager.kind().key()).bind("recipient_id", manager.id());
  }
}
