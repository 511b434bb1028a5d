package dev.aiir.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {
  @TempDir Path folder;

  private static byte[] jarsLibrary() throws Exception {
    String resource =
        LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
    try (var in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  @Test
  void theLibraryIsCopiedOnceAndThenUsedAsItIs() throws Exception {
    Path copy = SqliteNativeLibrary.cachedCopy(folder).orElseThrow();
    assertThat(copy).startsWith(folder).hasBinaryContent(jarsLibrary());
    var written = Files.getLastModifiedTime(copy);

    assertThat(SqliteNativeLibrary.cachedCopy(folder)).contains(copy);
    assertThat(Files.getLastModifiedTime(copy)).isEqualTo(written);
  }

  @Test
  void aDamagedCopyIsWrittenAgain() throws Exception {
    Path copy = SqliteNativeLibrary.cachedCopy(folder).orElseThrow();
    byte[] damaged = Files.readAllBytes(copy);
    damaged[damaged.length / 2] ^= 1;
    Files.write(copy, damaged);

    assertThat(SqliteNativeLibrary.cachedCopy(folder)).contains(copy);
    assertThat(copy).hasBinaryContent(jarsLibrary());
  }

  @Test
  void aFolderThatCannotBeWrittenLeavesTheDriverToItsOwnWay() throws Exception {
    Path file = Files.writeString(folder.resolve("not-a-folder"), "x");

    assertThat(SqliteNativeLibrary.cachedCopy(file)).isEmpty();
  }

  @Test
  void theDriverIsPointedAtTheCachedCopy() throws Exception {
    Properties properties = new Properties();

    SqliteNativeLibrary.pointAtCachedCopy(properties, Map.of("XDG_CACHE_HOME", folder.toString()));

    Path copy =
        Path.of(
            properties.getProperty(SqliteNativeLibrary.PATH_PROPERTY),
            properties.getProperty(SqliteNativeLibrary.NAME_PROPERTY));
    assertThat(copy).startsWith(folder.resolve("aiir")).hasBinaryContent(jarsLibrary());
  }

  @Test
  void anOperatorsOwnLibraryWinsAndNothingIsCopied() {
    Properties properties = new Properties();
    properties.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/opt/sqlite");

    SqliteNativeLibrary.pointAtCachedCopy(properties, Map.of("XDG_CACHE_HOME", folder.toString()));

    assertThat(properties)
        .containsOnlyKeys(SqliteNativeLibrary.PATH_PROPERTY)
        .containsEntry(SqliteNativeLibrary.PATH_PROPERTY, "/opt/sqlite");
    assertThat(folder).isEmptyDirectory();
  }
}
