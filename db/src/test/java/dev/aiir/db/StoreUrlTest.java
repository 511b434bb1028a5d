package dev.aiir.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A store URL in a log line never shows a password. */
class StoreUrlTest {

  @Test
  void aPasswordInTheQueryIsMasked() {
    StoreUrl url =
        new StoreUrl("jdbc:postgresql://db:5432/aiir?user=aiir&password=hunter2&ssl=true");

    assertThat(url.redacted())
        .isEqualTo("jdbc:postgresql://db:5432/aiir?user=aiir&password=***&ssl=true");
  }

  @Test
  void credentialsBeforeTheHostAreMasked() {
    StoreUrl url = new StoreUrl("jdbc:postgresql://aiir:hunter2@db/aiir");

    assertThat(url.redacted()).isEqualTo("jdbc:postgresql://***@db/aiir");
    assertThat(url.toString()).doesNotContain("hunter2");
  }

  @Test
  void aSqliteFileUrlIsShownAsItIs() {
    StoreUrl url = new StoreUrl("jdbc:sqlite:/var/lib/aiir/aiir.db");

    assertThat(url.redacted()).isEqualTo("jdbc:sqlite:/var/lib/aiir/aiir.db");
    assertThat(url.subprotocol()).isEqualTo("sqlite");
    assertThat(url.migrationsFolder()).isEqualTo("db/migration/sqlite");
    assertThat(url.isSqliteInMemory()).isFalse();
  }

  @Test
  void aPostgresqlUrlNamesItsOwnMigrations() {
    StoreUrl url = new StoreUrl("jdbc:postgresql://db:5432/aiir");

    assertThat(url.isPostgresql()).isTrue();
    assertThat(url.isSqlite()).isFalse();
    assertThat(url.migrationsFolder()).isEqualTo("db/migration/postgresql");
  }

  @Test
  void inMemorySqliteUrlsAreRecognised() {
    assertThat(new StoreUrl("jdbc:sqlite::memory:").isSqliteInMemory()).isTrue();
    assertThat(new StoreUrl("jdbc:sqlite:").isSqliteInMemory()).isTrue();
    assertThat(new StoreUrl("jdbc:sqlite:file:x?mode=memory&cache=shared").isSqliteInMemory())
        .isTrue();
  }

  @Test
  void somethingThatIsNotAJdbcUrlIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> new StoreUrl("postgres://aiir:hunter2@db/aiir"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("hunter2");
  }
}
