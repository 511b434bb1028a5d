package dev.aiir.bot.app;

import dev.aiir.bot.config.ConfigurationException;
import java.io.IOException;
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
 * -XX:SharedArchiveFile} added and the jar named by its real path (about a quarter of a second,
 * against the second of CPU the archive saves). A start without one runs on, and its stop writes
 * one ({@link ArchiveDump}).
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
    if (System.getProperty(ARCHIVE_PROPERTY) != null) {
      return;
    }
    Optional<JvmLaunch> launch = JvmLaunch.ofThisProcess();
    Optional<ClassDataArchive> archive = archiveOf(launch);
    Optional<Path> start = archive.flatMap(ClassDataArchive::toStartWith);
    if (start.isEmpty()) {
      return;
    }
    // The jar by its real path: the path both archives were written for.
    JvmLaunch relaunch =
        launch.get().withJar(archive.get().jar().toString()).withOptionsFirst(added(start.get()));
    try {
      if (UnconfirmedStarts.mayStartWith(archive.get(), start.get())) {
        failure = NativeExec.exec(SELF, relaunch.argv());
      } else {
        failure =
            start.get()
                + " set aside: the last "
                + UnconfirmedStarts.LIMIT
                + " starts with it never came up (crashed, or were killed early)";
      }
    } catch (IOException | LinkageError | RuntimeException e) {
      failure = e.toString();
    }
  }

  /**
   * Whether {@code env} lets aiir write and use archives ({@code AIIR_CDS}: {@code auto}, the
   * default, or {@code off}); any other value is the operator's mistake, said at start.
   */
  public static boolean wanted(Map<String, String> env) {
    return ClassDataArchive.wanted(env);
  }

  /**
   * This launch's archive in the cache (as launched before any re-execution); empty on another
   * system than Linux, with {@code AIIR_CDS=off}, or for a launch that has none.
   */
  static Optional<ClassDataArchive> thisLaunchsArchive() {
    return archiveOf(JvmLaunch.ofThisProcess());
  }

  private static Optional<ClassDataArchive> archiveOf(Optional<JvmLaunch> launch) {
    Map<String, String> env = System.getenv();
    Properties system = System.getProperties();
    try {
      if (!system.getProperty("os.name", "").equals("Linux") || !ClassDataArchive.wanted(env)) {
        return Optional.empty();
      }
    } catch (ConfigurationException e) {
      return Optional.empty(); // serve says so, once logging has started
    }
    return launch
        .map(l -> l.without(ArchivedStart::isAdded))
        .flatMap(l -> ClassDataArchive.forLaunch(l, env, system));
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
   * Logs whether this start has its archive, and that it came up with it ({@link
   * UnconfirmedStarts}): a damaged archive crashes the JVM as it maps it, before any of this runs.
   * Said this early, a harness or supervisor that kills the bot (SIGKILL) once it serves does not
   * count as a failed start. One the JVM did not take is set aside for this launch ({@link
   * ClassDataArchive#setAside}).
   */
  public static void report() {
    String given = System.getProperty(ARCHIVE_PROPERTY);
    if (failure != null) {
      log().warn("class-data archive not used, started without it: {}", failure);
    } else if (given != null) {
      Optional<ClassDataArchive> archive = thisLaunchsArchive();
      reportTaken(Path.of(given), archive, JvmMaps.ofThisProcess());
      archive.ifPresent(ArchivedStart::confirm);
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

  /**
   * This start came up with its archive, if it had one: said by the console (which {@code serve}
   * falls back to without a platform) as it begins, and again at a stop asked for.
   */
  public static void cameUp() {
    if (System.getProperty(ARCHIVE_PROPERTY) != null) {
      thisLaunchsArchive().ifPresent(ArchivedStart::confirm);
    }
  }

  private static void confirm(ClassDataArchive archive) {
    try {
      UnconfirmedStarts.confirm(archive);
    } catch (IOException e) {
      log().debug("class-data archive's start not confirmed: {}", e.toString());
    }
  }

  /**
   * Whether the JVM took the archive {@code given}, given what this process maps; logs it, and sets
   * aside one it did not take.
   */
  static boolean reportTaken(Path given, Optional<ClassDataArchive> archive, String maps) {
    if (JvmMaps.maps(maps, given)) {
      log().info("class-data archive in use: {}", given);
      return true;
    }
    try {
      if (archive.isPresent()) {
        archive.get().setAside(given);
      }
    } catch (IOException e) {
      log().debug("class-data archive not set aside: {}", e.toString());
    }
    log()
        .warn(
            "class-data archive {} was not taken by this JVM: set aside for this build and launch",
            given);
    return false;
  }
}
