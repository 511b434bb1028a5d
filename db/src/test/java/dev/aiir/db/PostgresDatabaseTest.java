package dev.aiir.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.IncidentId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** Opening and migrating a PostgreSQL database, alone and as several replicas at once. */
class PostgresDatabaseTest {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  private static final Tenant ACME = new Tenant(Platform.SLACK, "T0ACME");

  @Test
  void migratingTwiceIsHarmless() {
    String url = POSTGRES.newDatabase();

    assertThat(Database.migrate(url)).isEqualTo(new MigrationResult(8, "8"));
    assertThat(Database.migrate(url)).isEqualTo(new MigrationResult(0, "8"));
  }

  @Test
  void replicasStartingTogetherOnAnEmptyDatabaseMigrateItOnce() {
    String url = POSTGRES.newDatabase();

    List<Database> replicas =
        IntStream.range(0, 3)
            .mapToObj(i -> CompletableFuture.supplyAsync(() -> Database.open(url)))
            .toList()
            .stream()
            .map(CompletableFuture::join)
            .toList();
    try {
      for (Database replica : replicas) {
        replica.incidents().inTransaction(ACME, tx -> tx.incidents().allocateId("AI-IR", 2026));
      }
      assertThat(Database.migrate(url)).isEqualTo(new MigrationResult(0, "8"));
      IncidentId next =
          replicas
              .get(0)
              .incidents()
              .inTransaction(ACME, tx -> tx.incidents().allocateId("AI-IR", 2026));
      assertThat(next).isEqualTo(IncidentId.of("AI-IR", 2026, 4));
    } finally {
      replicas.forEach(Database::close);
    }
  }

  @Test
  void connectionsReadCommittedAndNameThemselves() throws SQLException {
    StoreUrl url = new StoreUrl(POSTGRES.newDatabase());

    try (HikariDataSource pool = ConnectionPool.open(url);
        Connection connection = pool.getConnection()) {
      assertThat(connection.getTransactionIsolation())
          .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
      assertThat(setting(connection, "application_name")).isEqualTo("aiir");
    }
  }

  @Test
  void anOpenDatabaseAnswers() {
    try (Database database = Database.open(POSTGRES.newDatabase())) {
      assertThat(database.answers(2)).isTrue();
    }
  }

  @Test
  void thePasswordInTheUrlIsNeverLogged() {
    String url = POSTGRES.newDatabase() + "&password=hunter2";
    ListAppender<ILoggingEvent> logged = captureLogs();
    try {
      Database.migrate(url);
      Database.open(url).close();
    } finally {
      stopCapturing(logged);
    }

    assertThat(logged.list).isNotEmpty();
    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .noneMatch(message -> message.contains("hunter2"));
  }

  @Test
  void anUnreachableServerFailsTheStartWithoutShowingThePassword() {
    String url = "jdbc:postgresql://127.0.0.1:1/aiir?user=aiir&password=hunter2";

    assertThatThrownBy(() -> Database.open(url))
        .satisfies(
            failure -> {
              for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                assertThat(String.valueOf(cause.getMessage())).doesNotContain("hunter2");
              }
            });
  }

  private static String setting(Connection connection, String name) throws SQLException {
    try (ResultSet row = connection.createStatement().executeQuery("SHOW " + name)) {
      row.next();
      return row.getString(1);
    }
  }

  /** Every log event at DEBUG and above, from aiir, the pool and Flyway alike. */
  private static ListAppender<ILoggingEvent> captureLogs() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setContext(context);
    appender.start();
    for (String name : List.of("dev.aiir", "com.zaxxer.hikari", "org.flywaydb")) {
      context.getLogger(name).setLevel(Level.DEBUG);
    }
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    return appender;
  }

  private static void stopCapturing(ListAppender<ILoggingEvent> appender) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    context.getLogger("dev.aiir").setLevel(null);
    context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
    context.getLogger("org.flywaydb").setLevel(Level.WARN);
    appender.stop();
  }
}
