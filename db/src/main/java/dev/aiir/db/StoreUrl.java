package dev.aiir.db;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The JDBC URL of the store: which database it names, where its migrations are, and how to show it
 * in a log without its password.
 */
public record StoreUrl(String value) {
  private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");
  private static final Pattern SECRET_PARAMETER =
      Pattern.compile("(?i)\\b(password|pwd|secret|token)=[^&;]*");
  private static final Pattern SQLITE_IN_MEMORY =
      Pattern.compile("(?i)jdbc:sqlite:(|:memory:.*|.*mode=memory.*)");

  public StoreUrl {
    Objects.requireNonNull(value, "value");
    if (!value.startsWith("jdbc:") || value.indexOf(':', "jdbc:".length()) < 0) {
      // Not echoed: a malformed URL may still hold a password.
      throw new IllegalArgumentException("the store URL must start with jdbc:<database>:");
    }
  }

  /** The database kind, such as {@code sqlite} or {@code postgresql}. */
  public String subprotocol() {
    int end = value.indexOf(':', "jdbc:".length());
    return value.substring("jdbc:".length(), end).toLowerCase(Locale.ROOT);
  }

  public boolean isSqlite() {
    return subprotocol().equals("sqlite");
  }

  public boolean isPostgresql() {
    return subprotocol().equals("postgresql");
  }

  /** A pool's connections would each get their own empty in-memory database. */
  public boolean isSqliteInMemory() {
    return SQLITE_IN_MEMORY.matcher(value).matches();
  }

  /** The classpath folder of this database's migrations. */
  public String migrationsFolder() {
    return "db/migration/" + subprotocol();
  }

  /** The URL with any user name, password or token masked, fit for a log line. */
  public String redacted() {
    String withoutUser = USER_INFO.matcher(value).replaceAll("//***@");
    return SECRET_PARAMETER.matcher(withoutUser).replaceAll("$1=***");
  }

  @Override
  public String toString() {
    return redacted();
  }
}
