package dev.aiir.bot.app;

import dev.aiir.commands.runtime.DaemonThreads;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At a stop of {@code serve} that ran without a {@link ClassDataArchive} the JVM took (a jar
 * without the build's archive beside it, or one the JVM refused): the JVM writes one of the classes
 * it has loaded to the cache ({@code jcmd PID VM.cds static_dump}, asked through {@link
 * SelfAttach}), for the next start of the same build and launch. The JVM runs a second JVM for it,
 * which reads the jar again: a few seconds at the first stop of such a jar, after the bot has
 * stopped serving (the port closed, the timers and the store shut). Older builds' archives of the
 * same jar are deleted.
 */
public final class ArchiveDump {
  private static final Logger log = LoggerFactory.getLogger(ArchiveDump.class);
  private static final Duration LIMIT = Duration.ofSeconds(15);
  private static final Duration ABANDONED = Duration.ofHours(1);

  private ArchiveDump() {}

  /** Writes this launch's archive when it has none; a stop's last step, never failing it. */
  public static void writeForNextStart() {
    archiveToWrite().ifPresent(ArchiveDump::write);
  }

  /**
   * The archive this launch would use and lacks: empty when this process runs with one the JVM
   * took, when the cache has one, or when the JVM refused the cache's before.
   */
  static Optional<ClassDataArchive> archiveToWrite() {
    String given = System.getProperty(ArchivedStart.ARCHIVE_PROPERTY);
    if (given != null && JvmMaps.maps(JvmMaps.ofThisProcess(), Path.of(given))) {
      return Optional.empty();
    }
    return ArchivedStart.thisLaunchsArchive()
        .filter(archive -> !Files.exists(archive.file()) && !Files.exists(archive.refusal()));
  }

  private static void write(ClassDataArchive archive) {
    Path folder = archive.file().getParent();
    Path working = Path.of(System.getProperty("user.dir"));
    // The JVM names its dumping JVM's output files in the working folder, and reads the path as
    // one word.
    if (!Files.isWritable(working) || folder.toString().chars().anyMatch(Character::isWhitespace)) {
      log.info("class-data archive not written: {} or {} cannot take it", working, folder);
      return;
    }
    Path partial = partialOf(archive, ProcessHandle.current().pid());
    log.info(
        "writing the class-data archive for the next start (once per build, a few seconds;"
            + " AIIR_CDS=off does without)");
    Instant began = Instant.now();
    try {
      Files.createDirectories(folder);
      String answer = dump(partial, archive.jar());
      if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
        log.warn("class-data archive not written: the JVM answered '{}'", answer.strip());
        return;
      }
      Files.move(
          partial,
          archive.file(),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      log.info(
          "class-data archive written for the next start: {} ({} MiB in {} ms)",
          archive.file(),
          Files.size(archive.file()) >> 20,
          Duration.between(began, Instant.now()).toMillis());
      tidy(archive, partial, working);
    } catch (IOException | TimeoutException | ExecutionException | RuntimeException e) {
      log.warn("class-data archive not written: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Where this process's JVM writes the archive before it is moved in place. */
  static Path partialOf(ClassDataArchive archive, long pid) {
    String name = archive.file().getFileName().toString();
    return archive.file().resolveSibling(name.replace(".jsa", "." + pid + ".partial.jsa"));
  }

  /**
   * The JVM's answer to the dump, waited for at most {@link #LIMIT}. The JVM writes the archive for
   * its class path property, so that is the jar's real path meanwhile: the path a re-executed start
   * names, however this one was launched.
   */
  private static String dump(Path partial, Path jar)
      throws InterruptedException, ExecutionException, TimeoutException {
    CompletableFuture<String> answer = new CompletableFuture<>();
    DaemonThreads.named("aiir-archive-dump")
        .newThread(
            () -> {
              String classPath = System.getProperty("java.class.path");
              System.setProperty("java.class.path", jar.toString());
              try {
                answer.complete(
                    SelfAttach.jcmd("VM.cds static_dump " + partial).orElse("no answer"));
              } finally {
                System.setProperty("java.class.path", classPath);
              }
            })
        .start();
    return answer.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Deletes the archives of the same jar's other builds, partial files abandoned by stops that were
   * killed, and the output files the JVM's dumping JVM left in the working folder.
   */
  static void tidy(ClassDataArchive kept, Path partial, Path working) throws IOException {
    String jarPrefix = kept.file().getFileName().toString();
    jarPrefix = jarPrefix.substring(0, jarPrefix.lastIndexOf('-') + 1);
    Instant abandoned = Instant.now().minus(ABANDONED);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(kept.file().getParent())) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        boolean otherBuild =
            name.startsWith(jarPrefix)
                && (name.endsWith(".jsa") || name.endsWith(".refused"))
                && !name.contains(".partial.");
        boolean leftOver =
            name.contains(".partial.")
                && Files.getLastModifiedTime(file).toInstant().isBefore(abandoned);
        if (!file.equals(kept.file()) && (otherBuild || leftOver)) {
          Files.deleteIfExists(file);
        }
      }
    }
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(working, "java_pid*_std{out,err}")) {
      for (Path file : files) {
        if (Files.size(file) < 1 << 20 && Files.readString(file).contains(partial.toString())) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
