package dev.aiir.bot.app;

import dev.aiir.bot.config.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code java -jar aiir-bot.jar serve} start that finds its {@link ClassDataArchive} re-executes
 * itself with it, first thing: the same pid, arguments, streams and environment, with {@code
 * -XX:SharedArchiveFile} added (about a tenth of a second, against the second of CPU the archive
 * saves). A start without one runs on, and its stop writes one ({@link ArchiveDump}).
 */
public final class ArchivedStart {
  /** Set on the re-executed JVM: the archive it was given. */
  static final String ARCHIVE_PROPERTY = "aiir.cds.archive";

  private static final String SELF = "/proc/self/exe";

  /** Why a start that had an archive runs without it; null when nothing failed. */
  private static volatile String failure;

  private ArchivedStart() {}

  /** Not a constant: this class runs before logging has started, and should not start it. */
  private static Logger log() {
    return LoggerFactory.getLogger(ArchivedStart.class);
  }

  /** Re-executes this process with its archive when it has one; returns when it does not. */
  public static void relaunchIfArchived() {
    Map<String, String> env = System.getenv();
    Properties system = System.getProperties();
    if (system.getProperty(ARCHIVE_PROPERTY) != null || !wantedOnLinux(env, system)) {
      return;
    }
    Optional<JvmLaunch> launch = JvmLaunch.ofThisProcess();
    Optional<ClassDataArchive> archive =
        launch.flatMap(l -> ClassDataArchive.forLaunch(l, env, system));
    Optional<Path> start = archive.flatMap(ClassDataArchive::toStartWith);
    if (start.isPresent()) {
      // The jar by its real path: the path both archives were written for.
      JvmLaunch relaunch =
          launch.get().withJar(archive.get().jar().toString()).withOptionsFirst(added(start.get()));
      try {
        failure = NativeExec.exec(SELF, relaunch.argv());
      } catch (LinkageError | RuntimeException e) {
        failure = e.toString();
      }
    }
  }

  /**
   * Whether {@code env} lets aiir write and use archives ({@code AIIR_CDS}: {@code auto}, the
   * default, or {@code off}); any other value is the operator's mistake, said at start.
   */
  public static boolean wanted(Map<String, String> env) {
    return ClassDataArchive.wanted(env);
  }

  private static boolean wantedOnLinux(Map<String, String> env, Properties system) {
    try {
      return system.getProperty("os.name", "").equals("Linux") && ClassDataArchive.wanted(env);
    } catch (ConfigurationException e) {
      return false; // serve says so, once logging has started
    }
  }

  /** What a re-executed start has before the launch's own options. */
  static List<String> added(Path archive) {
    return List.of("-XX:SharedArchiveFile=" + archive, "-D" + ARCHIVE_PROPERTY + "=" + archive);
  }

  /** Whether {@code option} is one that {@link #added} puts in. */
  static boolean isAdded(String option) {
    return option.startsWith("-XX:SharedArchiveFile=")
        || option.startsWith("-D" + ARCHIVE_PROPERTY + "=");
  }

  /**
   * Logs whether this start has its archive. One the JVM did not take is set aside for this launch:
   * the cache's deleted and marked, so that no later stop writes it again (its options or JVM would
   * refuse it every time); the build's marked, so that the next start does without it and this
   * one's stop writes one to the cache.
   */
  public static void report() {
    String given = System.getProperty(ARCHIVE_PROPERTY);
    if (failure != null) {
      log().warn("class-data archive not used, started without it: {}", failure);
    } else if (given != null) {
      reportTaken(Path.of(given), ArchiveDump.thisLaunchsArchive(), JvmMaps.ofThisProcess());
    } else {
      ArchiveDump.archiveToWrite()
          .ifPresent(
              archive ->
                  log()
                      .info(
                          "class-data archive: none yet for this build and launch; the next stop"
                              + " writes {}",
                          archive.file()));
    }
  }

  /** The same for the archive {@code given}, given what this process maps. */
  static void reportTaken(Path given, Optional<ClassDataArchive> archive, String maps) {
    if (JvmMaps.maps(maps, given)) {
      log().info("class-data archive in use: {}", given);
      return;
    }
    try {
      if (archive.isPresent() && archive.get().file().equals(given)) {
        Files.deleteIfExists(given);
        Files.writeString(archive.get().refusal(), "");
      } else if (archive.isPresent()) {
        Files.createDirectories(archive.get().buildRefusal().getParent());
        Files.writeString(archive.get().buildRefusal(), "");
      }
    } catch (IOException e) {
      log().debug("class-data archive not set aside: {}", e.toString());
    }
    log()
        .warn(
            "class-data archive {} was not taken by this JVM: set aside for this build and launch",
            given);
  }
}
