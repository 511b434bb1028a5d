package dev.aiir.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Whether the schema is exactly what this build's migrations make, read in one query of Flyway's
 * history: every migration applied, successfully, with the same script and checksum (computed as
 * Flyway computes it: CRC32 of the script's lines), and nothing else. Then start-up need not load
 * Flyway at all (some 400 classes and a tenth of its CPU); in any other case Flyway runs, migrates
 * and validates as always, failing on a changed script as it would.
 */
final class AppliedMigrations {
  private static final Pattern VERSIONED = Pattern.compile("V([0-9_.]+)__(.+)\\.sql");

  record Script(String version, String name, int checksum) {}

  private AppliedMigrations() {}

  /** The schema's version when it is current, else empty (and Flyway should run). */
  static Optional<String> currentVersion(DataSource dataSource, StoreUrl url) {
    try {
      List<Script> bundled =
          bundled(AppliedMigrations.class.getClassLoader(), url.migrationsFolder());
      if (bundled.isEmpty()) {
        return Optional.empty();
      }
      Set<Script> applied = applied(dataSource);
      if (applied == null || !applied.equals(new HashSet<>(bundled))) {
        return Optional.empty();
      }
      return bundled.stream().map(Script::version).max(AppliedMigrations::compareVersions);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Every row of the history, or null when one failed, is not versioned or there is no history. */
  private static Set<Script> applied(DataSource dataSource) {
    Set<Script> applied = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT version, script, checksum, success FROM flyway_schema_history")) {
      while (rows.next()) {
        int checksum = rows.getInt("checksum");
        if (!rows.getBoolean("success") || rows.getString("version") == null || rows.wasNull()) {
          return null;
        }
        applied.add(new Script(rows.getString("version"), rows.getString("script"), checksum));
      }
      return applied;
    } catch (SQLException e) {
      return null; // no history yet: a new database
    }
  }

  /** The scripts {@code loader} holds in {@code folder}, with their checksums. */
  static List<Script> bundled(ClassLoader loader, String folder)
      throws IOException, URISyntaxException {
    URL url = loader.getResource(folder);
    if (url == null) {
      return List.of();
    }
    Optional<List<String>> listed = listed(loader, folder);
    List<Script> scripts = new ArrayList<>();
    for (String name : listed.isPresent() ? listed.get() : names(url, folder)) {
      Matcher versioned = VERSIONED.matcher(name);
      if (!versioned.matches()) {
        return List.of(); // a kind of migration this check does not know: leave it to Flyway
      }
      try (InputStream in = loader.getResourceAsStream(folder + "/" + name)) {
        scripts.add(new Script(versioned.group(1).replace('_', '.'), name, checksum(in)));
      }
    }
    return scripts;
  }

  /**
   * The scripts of {@code folder} as the build lists them ({@link #listOf}): finding them among the
   * jar's 20,000 entries took the start's critical thread 30 ms and more. Empty without a list.
   */
  static Optional<List<String>> listed(ClassLoader loader, String folder) throws IOException {
    try (InputStream list = loader.getResourceAsStream(listOf(folder))) {
      if (list == null) {
        return Optional.empty();
      }
      return Optional.of(
          new String(list.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty())
              .toList());
    }
  }

  /**
   * Where the list of {@code folder}'s scripts is: outside the migrations' folders, where Flyway
   * looks for nothing. A script missing from it only makes every start run Flyway.
   */
  static String listOf(String folder) {
    return folder.replace("db/migration/", "db/migration-scripts/") + ".txt";
  }

  /** The scripts of {@code folder}, found by listing it. */
  static List<String> names(URL url, String folder) throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>();
    if (url.getProtocol().equals("jar")) {
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          String entry = entries.nextElement().getName();
          if (entry.startsWith(folder + "/") && entry.length() > folder.length() + 1) {
            names.add(entry.substring(folder.length() + 1));
          }
        }
      }
    } else {
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        files.map(file -> file.getFileName().toString()).forEach(names::add);
      }
    }
    return names;
  }

  /** Flyway's checksum: CRC32 over the script's lines, without line breaks or a leading BOM. */
  static int checksum(InputStream in) {
    CRC32 crc = new CRC32();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      if (line != null && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      for (; line != null; line = reader.readLine()) {
        crc.update(line.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (int) crc.getValue();
  }

  static int compareVersions(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      long l = i < left.length ? Long.parseLong(left[i]) : 0;
      long r = i < right.length ? Long.parseLong(right[i]) : 0;
      if (l != r) {
        return Long.compare(l, r);
      }
    }
    return 0;
  }
}
