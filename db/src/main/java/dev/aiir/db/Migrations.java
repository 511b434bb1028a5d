package dev.aiir.db;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with Flyway, from the migrations folder of the URL's database. */
final class Migrations {
  private Migrations() {}

  /** Runs Flyway unless the schema is already exactly this build's ({@link AppliedMigrations}). */
  static MigrationResult apply(DataSource dataSource, StoreUrl url) {
    Optional<String> current = AppliedMigrations.currentVersion(dataSource, url);
    if (current.isPresent()) {
      return new MigrationResult(0, current.get());
    }
    return migrate(dataSource, url);
  }

  /** Flyway: migrates and validates. */
  static MigrationResult migrate(DataSource dataSource, StoreUrl url) {
    MigrateResult result =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:" + url.migrationsFolder())
            .failOnMissingLocations(true)
            // Features land in another order than their migrations are numbered (V8 before V6):
            // a store a build without V6 migrated to V8 still gets V6.
            .outOfOrder(true)
            .load()
            .migrate();
    // Out of order, the last migration applied may be older than the schema's newest.
    String version =
        Stream.of(result.initialSchemaVersion, result.targetSchemaVersion)
            .filter(Objects::nonNull)
            .max(AppliedMigrations::compareVersions)
            .orElse(null);
    return new MigrationResult(result.migrationsExecuted, version);
  }

  /** Fails before any connection is made when aiir cannot create this database's schema. */
  static void requireSupported(StoreUrl url) {
    if (Migrations.class.getClassLoader().getResource(url.migrationsFolder()) == null) {
      throw new IllegalArgumentException(
          "aiir has no migrations for " + url.subprotocol() + " databases yet");
    }
  }
}
