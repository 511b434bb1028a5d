package dev.aiir.bot.app;

import dev.aiir.bot.config.EnvironmentVariables;
import dev.aiir.commands.runtime.CacheFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The class-data archive (CDS) of one way of launching {@code serve}: the classes a start loads,
 * parsed, verified and laid out by the JVM once, then mapped by every later start instead of being
 * loaded again from the jar (a start used 1.9 s of CPU by {@code /healthz} with it, 2.9 s without).
 * Java 17 takes an archive only on its command line, so a start that has one re-executes itself
 * with it ({@link ArchivedStart}). There are two: the one the build writes beside the jar ({@code
 * aiir-bot.jsa}, from the classes a served start loads, listed in {@code bot/cds/serve.classlist}),
 * and the one a stop of {@code serve} writes in the user's cache folder when it had none that the
 * JVM took ({@link ArchiveDump}).
 *
 * <p>The JVM accepts an archive only for the very class path it was written for (the same string,
 * the same jar's size and time) and the same JVM; one it refuses costs more than none, since the
 * JDK's own classes then lose their archive too. Both archives name the jar by its real path, and a
 * re-executed start names it so too. The cache's file is named after the Java installation and
 * version, the jar's real path, size and modification time, and the JVM's options: another build,
 * JVM or set of options gets another file. Left out are launches where re-executing could change
 * what the operator asked for: options about class sharing, agents, debuggers, recordings, signals
 * or attaching, and option files whose contents are not read.
 */
record ClassDataArchive(Path file, Path jar) {
  static final String VARIABLE = "AIIR_CDS";

  private static final List<String> LEFT_ALONE =
      List.of(
          "-Xshare",
          "-XX:SharedArchiveFile",
          "-XX:ArchiveClassesAtExit",
          "-XX:DumpLoadedClassList",
          "-XX:SharedClassListFile",
          "-XX:+RecordDynamicDumpInfo",
          "-XX:+AutoCreateSharedArchive",
          "-agentlib",
          "-agentpath",
          "-javaagent",
          "-Xrun",
          "-Xdebug",
          "-XX:StartFlightRecording",
          "-XX:Flags=",
          "-XX:VMOptionsFile",
          "@",
          "-Xrs",
          "-XX:+ReduceSignalUsage",
          "-XX:+DisableAttachMechanism",
          "-XshowSettings",
          "-showversion",
          "-XX:+PrintFlagsFinal",
          "-XX:+PrintCommandLineFlags",
          "-verbose",
          "--dry-run");

  /** Whether {@code env} lets aiir write and use archives: {@code auto} (unset) or {@code off}. */
  static boolean wanted(Map<String, String> env) {
    return !EnvironmentVariables.saysOtherThan(env, VARIABLE, "auto", "off");
  }

  /**
   * The archive for {@code launch} (which may not exist yet); empty for a launch that is not {@code
   * java [options] -jar FILE}, holds an option left alone, or has no cache folder or jar file.
   */
  static Optional<ClassDataArchive> forLaunch(
      JvmLaunch launch, Map<String, String> env, Properties system) {
    Optional<String> jar = launch.jar();
    Optional<Path> cache = CacheFolder.of(env, system.getProperty("user.home"));
    if (jar.isEmpty() || cache.isEmpty() || !suitable(launch.jvmOptions(), env)) {
      return Optional.empty();
    }
    try {
      Path real = Path.of(jar.get()).toRealPath();
      List<String> facts = new ArrayList<>();
      for (String property : List.of("java.home", "java.vm.name", "java.vm.version", "os.arch")) {
        facts.add(property + "=" + system.getProperty(property));
      }
      facts.add("real=" + real);
      facts.add("size=" + Files.size(real));
      facts.add("modified=" + Files.getLastModifiedTime(real).toMillis());
      launch.jvmOptions().forEach(option -> facts.add("option=" + option));
      JvmLaunch.OPTION_VARIABLES.forEach(name -> facts.add(name + "=" + env.get(name)));
      String name = prefixOf(real) + digest(String.join("\n", facts)) + ".jsa";
      return Optional.of(new ClassDataArchive(cache.get().resolve("cds").resolve(name), real));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether no option of the launch (or of the variables that add options) is left alone. */
  static boolean suitable(List<String> options, Map<String, String> env) {
    List<String> all = new ArrayList<>(options);
    all.addAll(JvmLaunch.optionsFromVariables(env));
    return all.stream().noneMatch(option -> LEFT_ALONE.stream().anyMatch(option::startsWith));
  }

  /** The start of the name of every archive written for the jar at {@code real}, any build. */
  static String prefixOf(Path real) {
    return "aiir-" + digest(real.toString()) + "-";
  }

  /** Marks an archive the JVM would not take, so that no stop writes it again. */
  Path refusal() {
    return file.resolveSibling(file.getFileName() + ".refused");
  }

  /** Marks the build's archive as one the JVM would not take for this launch. */
  Path buildRefusal() {
    return file.resolveSibling(file.getFileName() + ".build-refused");
  }

  /** Counts the starts re-executed with an archive that have not yet come up with it. */
  Path unconfirmed() {
    return file.resolveSibling(file.getFileName() + ".unconfirmed");
  }

  /**
   * Leaves {@code given} out of this launch's starts: the cache's archive deleted and marked, so
   * that no stop writes it again (its options or JVM would refuse it every time); the build's
   * marked, so that starts do without it and a stop writes one to the cache.
   */
  void setAside(Path given) throws IOException {
    Files.createDirectories(file.getParent());
    if (given.equals(file)) {
      Files.deleteIfExists(file);
      Files.writeString(refusal(), "");
    } else {
      Files.writeString(buildRefusal(), "");
    }
  }

  /** The archive the build wrote beside the jar ({@code aiir-bot.jsa} for {@code aiir-bot.jar}). */
  Path built() {
    String name = jar.getFileName().toString();
    return jar.resolveSibling(
        (name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name) + ".jsa");
  }

  /**
   * The archive this launch starts with: the cache's when a stop wrote one, else the build's unless
   * the JVM refused it before; empty when there is neither.
   */
  Optional<Path> toStartWith() {
    if (Files.isRegularFile(file)) {
      return Optional.of(file);
    }
    return Files.isRegularFile(built()) && !Files.exists(buildRefusal())
        ? Optional.of(built())
        : Optional.empty();
  }

  /**
   * 64 bits of FNV-1a, as hex: names files apart, which is all it is for (SHA-256's provider costs
   * the re-executing start 30 ms before it can exec).
   */
  static String digest(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    String hex = Long.toHexString(hash);
    return "0".repeat(16 - hex.length()) + hex;
  }
}
