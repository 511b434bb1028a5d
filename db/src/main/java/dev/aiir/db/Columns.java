package dev.aiir.db;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The column conventions shared by every table: times as epoch milliseconds, a person as a pair of
 * {@code <name>_id} and {@code <name>_name} columns, the tenant as platform and workspace.
 */
final class Columns {
  private Columns() {}

  static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    long millis = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  static <S extends SqlStatement<S>> S bindUser(S statement, String name, UserRef user) {
    return statement
        .bind(name + "_id", user == null ? null : user.id())
        .bind(name + "_name", user == null ? null : user.displayName());
  }

  static UserRef user(ResultSet row, String name) throws SQLException {
    String id = row.getString(name + "_id");
    return id == null ? null : new UserRef(id, row.getString(name + "_name"));
  }

  static Tenant tenant(ResultSet row) throws SQLException {
    Platform platform =
        Codes.parse(Platform.class, row.getString("tenant_platform"), Platform::key);
    return new Tenant(platform, row.getString("tenant_workspace"));
  }
}
