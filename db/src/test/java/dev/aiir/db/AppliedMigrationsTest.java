package dev.aiir.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up skips Flyway only when the schema is exactly this build's: otherwise Flyway runs, and
 * still refuses a migration whose script changed after it was applied.
 */
class AppliedMigrationsTest {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  @TempDir Path folder;

  @Test
  void aNewDatabaseIsNotCurrentAndAMigratedOneIsOnSqlite() throws SQLException {
    currentOnlyOnceMigrated(new StoreUrl("jdbc:sqlite:" + folder.resolve("aiir.db")));
  }

  @Test
  void aNewDatabaseIsNotCurrentAndAMigratedOneIsOnPostgres() throws SQLException {
    currentOnlyOnceMigrated(new StoreUrl(POSTGRES.newDatabase()));
  }

  @Test
  void aChangedChecksumIsLeftToFlywayWhichRefusesIt() throws SQLException {
    StoreUrl url = new StoreUrl("jdbc:sqlite:" + folder.resolve("aiir.db"));
    try (HikariDataSource pool = ConnectionPool.open(url)) {
      Migrations.apply(pool, url);
      execute(pool, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'");

      assertThat(AppliedMigrations.currentVersion(pool, url)).isEmpty();
      assertThatThrownBy(() -> Migrations.apply(pool, url)).hasMessageContaining("checksum");
    }
  }

  @Test
  void aFailedMigrationIsLeftToFlyway() throws SQLException {
    StoreUrl url = new StoreUrl("jdbc:sqlite:" + folder.resolve("aiir.db"));
    try (HikariDataSource pool = ConnectionPool.open(url)) {
      Migrations.apply(pool, url);
      execute(pool, "UPDATE flyway_schema_history SET success = false WHERE version = '4'");

      assertThat(AppliedMigrations.currentVersion(pool, url)).isEmpty();
    }
  }

  @Test
  void theBuildListsExactlyTheScriptsOfEachDatabasesMigrations() throws Exception {
    ClassLoader loader = AppliedMigrations.class.getClassLoader();
    for (String url : new String[] {"jdbc:sqlite:x.db", "jdbc:postgresql://localhost/x"}) {
      String folder = new StoreUrl(url).migrationsFolder();

      List<String> listed = AppliedMigrations.listed(loader, folder).orElseThrow();

      assertThat(listed)
          .as("add the new script to %s", AppliedMigrations.listOf(folder))
          .containsExactlyInAnyOrderElementsOf(
              AppliedMigrations.names(loader.getResource(folder), folder));
    }
  }

  @Test
  void theScriptsAreTakenFromTheListWithoutListingTheirFolder() throws Exception {
    String folder = new StoreUrl("jdbc:sqlite:x.db").migrationsFolder();
    ClassLoader real = AppliedMigrations.class.getClassLoader();
    // A folder that cannot be listed: reading the scripts from the list is the only way through.
    ClassLoader unlistable =
        new ClassLoader(real) {
          @Override
          public URL getResource(String name) {
            return name.equals(folder) ? unlistableUrl(name) : super.getResource(name);
          }
        };

    List<AppliedMigrations.Script> scripts = AppliedMigrations.bundled(unlistable, folder);

    assertThat(scripts)
        .extracting(AppliedMigrations.Script::name)
        .containsExactlyElementsOf(AppliedMigrations.listed(real, folder).orElseThrow());
    assertThat(scripts).extracting(AppliedMigrations.Script::version).contains("1", "8");
  }

  private static URL unlistableUrl(String name) {
    try {
      return new URL("http://unlistable.invalid/" + name);
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theChecksumIsFlywaysOverLinesWithoutBreaksOrBom() {
    String unix = "CREATE TABLE t (x INT);\n-- a comment\n";
    String windows = "\uFEFFCREATE TABLE t (x INT);\r\n-- a comment\r\n";

    assertThat(checksum(unix)).isEqualTo(checksum(windows)).isNotEqualTo(checksum("other"));
  }

  private static void currentOnlyOnceMigrated(StoreUrl url) throws SQLException {
    try (HikariDataSource pool = ConnectionPool.open(url)) {
      assertThat(AppliedMigrations.currentVersion(pool, url)).isEmpty();

      MigrationResult first = Migrations.apply(pool, url);
      MigrationResult again = Migrations.apply(pool, url);

      assertThat(first.applied()).isEqualTo(8);
      assertThat(AppliedMigrations.currentVersion(pool, url)).contains("8");
      assertThat(again).isEqualTo(new MigrationResult(0, "8"));
    }
  }

  private static int checksum(String script) {
    return AppliedMigrations.checksum(
        new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
  }

  private static void execute(HikariDataSource pool, String sql) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
