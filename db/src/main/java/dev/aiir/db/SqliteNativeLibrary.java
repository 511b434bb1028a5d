package dev.aiir.db;

import dev.aiir.commands.runtime.CacheFolder;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library, copied once into the user's cache folder and loaded from there.
 * Left to itself the driver copies the library (a megabyte) out of the jar into a new temporary
 * file at every start and compares the copy with the jar's byte by byte: a seventh of a second on
 * the way to the first acknowledged command. The cached copy is checked against the jar entry's
 * size and CRC before each use and written again when it differs. An operator's own {@code
 * org.sqlite.lib.path} wins; when anything goes wrong the driver is left to its own way.
 */
final class SqliteNativeLibrary {
  static final String PATH_PROPERTY = "org.sqlite.lib.path";
  static final String NAME_PROPERTY = "org.sqlite.lib.name";
  private static boolean settled;

  private SqliteNativeLibrary() {}

  /** Points the driver at the cached copy, once per process, before its first connection. */
  static synchronized void useCachedCopy() {
    if (!settled) {
      settled = true;
      pointAtCachedCopy(System.getProperties(), System.getenv());
    }
  }

  /**
   * Sets the driver's library properties in {@code properties} to the cached copy under the cache
   * folder {@code env} names, unless they already name a library (the operator's) or no copy can be
   * had.
   */
  static void pointAtCachedCopy(Properties properties, Map<String, String> env) {
    if (properties.getProperty(PATH_PROPERTY) != null) {
      return;
    }
    CacheFolder.of(env, properties.getProperty("user.home"))
        .flatMap(SqliteNativeLibrary::cachedCopy)
        .ifPresent(
            copy -> {
              properties.setProperty(PATH_PROPERTY, copy.getParent().toString());
              properties.setProperty(NAME_PROPERTY, copy.getFileName().toString());
            });
  }

  /**
   * The library of this platform as a file under {@code folder}, written there when missing or
   * different from the jar's; empty when the driver has none for this platform or the folder cannot
   * be written.
   */
  static Optional<Path> cachedCopy(Path folder) {
    String name = LibraryLoaderUtil.getNativeLibName();
    URL resource =
        SQLiteJDBCLoader.class.getResource(
            LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
    if (resource == null) {
      return Optional.empty();
    }
    try {
      URLConnection connection = resource.openConnection();
      if (!(connection instanceof JarURLConnection jar)) {
        return Optional.empty();
      }
      ZipEntry entry = jar.getJarEntry();
      Path copy = folder.resolve("sqlite-jdbc-" + Long.toHexString(entry.getCrc())).resolve(name);
      if (!matches(copy, entry)) {
        write(jar, copy);
        if (!matches(copy, entry)) {
          return Optional.empty();
        }
      }
      return Optional.of(copy);
    } catch (IOException | RuntimeException e) {
      LoggerFactory.getLogger(SqliteNativeLibrary.class)
          .debug("SQLite's native library not cached under {}: {}", folder, e.toString());
      return Optional.empty();
    }
  }

  private static boolean matches(Path copy, ZipEntry entry) throws IOException {
    if (!Files.isRegularFile(copy) || Files.size(copy) != entry.getSize()) {
      return false;
    }
    CRC32 crc = new CRC32();
    crc.update(Files.readAllBytes(copy));
    return crc.getValue() == entry.getCrc();
  }

  /** Writes beside the copy first, then moves it in place: a reader never sees half a library. */
  private static void write(JarURLConnection jar, Path copy) throws IOException {
    Files.createDirectories(copy.getParent());
    Path partial = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".part");
    try {
      try (InputStream in = jar.getInputStream()) {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(
          partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
