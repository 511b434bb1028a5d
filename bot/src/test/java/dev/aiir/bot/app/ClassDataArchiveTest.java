package dev.aiir.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.bot.config.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
  @TempDir Path dir;
  private Path jar;
  private final Map<String, String> env = new HashMap<>();
  private final Properties system = new Properties();

  @BeforeEach
  void aBuiltJarAndACacheFolder() throws Exception {
    jar = Files.writeString(dir.resolve("aiir-bot.jar"), "a build");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-07T10:00:00Z")));
    env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    system.setProperty("java.home", "/usr/lib/jvm/java-17");
    system.setProperty("java.vm.name", "OpenJDK 64-Bit Server VM");
    system.setProperty("java.vm.version", "17.0.15+6");
    system.setProperty("os.arch", "amd64");
    system.setProperty("user.dir", dir.toString());
    system.setProperty("user.home", dir.resolve("home").toString());
  }

  private Optional<Path> fileFor(String... options) {
    List<String> argv = new java.util.ArrayList<>(List.of("java"));
    argv.addAll(List.of(options));
    argv.addAll(List.of("-jar", jar.toString(), "serve"));
    return ClassDataArchive.forLaunch(new JvmLaunch(argv), env, system).map(ClassDataArchive::file);
  }

  @Test
  void theSameLaunchHasTheSameArchiveInTheCacheFolder() {
    Path file = fileFor("-Xmx512m").orElseThrow();

    assertThat(fileFor("-Xmx512m")).contains(file);
    assertThat(file.getParent()).isEqualTo(dir.resolve("cache").resolve("aiir").resolve("cds"));
    assertThat(file.getFileName().toString()).startsWith("aiir-").endsWith(".jsa");
  }

  @Test
  void anotherBuildOfTheSameJarHasAnotherArchiveUnderTheSamePrefix() throws Exception {
    Path first = fileFor().orElseThrow();
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-07T11:00:00Z")));
    Path touched = fileFor().orElseThrow();
    Files.writeString(jar, "another build, longer");
    Path rewritten = fileFor().orElseThrow();

    assertThat(List.of(first, touched, rewritten)).doesNotHaveDuplicates();
    String prefix = ClassDataArchive.prefixOf(jar.toRealPath());
    assertThat(List.of(first, touched, rewritten))
        .allMatch(file -> file.getFileName().toString().startsWith(prefix));
  }

  @Test
  void anotherJvmOrOtherOptionsHaveAnotherArchive() {
    Path file = fileFor().orElseThrow();

    assertThat(fileFor("-Xmx2g")).get().isNotEqualTo(file);
    env.put("JDK_JAVA_OPTIONS", "-Xss2m");
    assertThat(fileFor()).get().isNotEqualTo(file);
    env.remove("JDK_JAVA_OPTIONS");
    system.setProperty("java.vm.version", "17.0.16+8");
    assertThat(fileFor()).get().isNotEqualTo(file);
  }

  @Test
  void aJarNamedRelativelyOrAbsolutelyHasOneArchiveForItsRealPath() throws Exception {
    // pom.xml: a file relative to the tests' working folder, the module's.
    Path pom = Path.of("pom.xml").toRealPath();
    ClassDataArchive relative =
        ClassDataArchive.forLaunch(
                new JvmLaunch(List.of("java", "-jar", "pom.xml", "serve")), env, system)
            .orElseThrow();
    ClassDataArchive absolute =
        ClassDataArchive.forLaunch(
                new JvmLaunch(List.of("java", "-jar", pom.toString(), "serve")), env, system)
            .orElseThrow();

    assertThat(relative).isEqualTo(absolute);
    assertThat(relative.jar()).isEqualTo(pom);
  }

  @Test
  void aStartTakesTheCachesArchiveElseTheBuildsUnlessTheJvmRefusedIt() throws Exception {
    ClassDataArchive archive =
        ClassDataArchive.forLaunch(
                new JvmLaunch(List.of("java", "-jar", jar.toString(), "serve")), env, system)
            .orElseThrow();
    assertThat(archive.built()).isEqualTo(jar.toRealPath().resolveSibling("aiir-bot.jsa"));
    assertThat(archive.toStartWith()).isEmpty();

    Files.writeString(archive.built(), "built");
    assertThat(archive.toStartWith()).contains(archive.built());
    Files.createDirectories(archive.file().getParent());
    Files.writeString(archive.buildRefusal(), "");
    assertThat(archive.toStartWith()).isEmpty();
    Files.writeString(archive.file(), "cached");
    assertThat(archive.toStartWith()).contains(archive.file());
  }

  @Test
  void launchesWhoseOptionsAReExecutionCouldUpsetHaveNoArchive() {
    for (String option :
        List.of(
            "-Xshare:off",
            "-XX:SharedArchiveFile=/app/aiir-bot.jsa",
            "-XX:ArchiveClassesAtExit=x.jsa",
            "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
            "-javaagent:agent.jar",
            "-XX:StartFlightRecording",
            "@options.txt",
            "-Xrs",
            "-XX:+DisableAttachMechanism",
            "-verbose:class")) {
      assertThat(fileFor(option)).as(option).isEmpty();
    }
    env.put("JAVA_TOOL_OPTIONS", "-Xmx1g -agentlib:jdwp=transport=dt_socket");
    assertThat(fileFor()).as("an agent from JAVA_TOOL_OPTIONS").isEmpty();
  }

  @Test
  void noCacheFolderNoJarFileOrNoJarLaunchMeansNoArchive() throws Exception {
    assertThat(
            ClassDataArchive.forLaunch(
                new JvmLaunch(List.of("java", "-cp", jar.toString(), "Main")), env, system))
        .isEmpty();
    Files.delete(jar);
    assertThat(fileFor()).as("no jar file").isEmpty();
    Files.writeString(jar, "rebuilt");
    env.remove("XDG_CACHE_HOME");
    system.remove("user.home");
    assertThat(fileFor()).as("no cache folder").isEmpty();
  }

  @Test
  void aiirCdsIsAutoByDefaultOffOnRequestAndAnythingElseIsAMistake() {
    assertThat(ClassDataArchive.wanted(Map.of())).isTrue();
    assertThat(ClassDataArchive.wanted(Map.of("AIIR_CDS", "auto"))).isTrue();
    assertThat(ClassDataArchive.wanted(Map.of("AIIR_CDS", "off"))).isFalse();
    assertThatThrownBy(() -> ClassDataArchive.wanted(Map.of("AIIR_CDS", "yes")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("AIIR_CDS")
        .hasMessageContaining("'yes'");
  }

  @Test
  void namesAreSixtyFourBitsOfHex() {
    assertThat(ClassDataArchive.digest("")).isEqualTo("cbf29ce484222325");
    assertThat(ClassDataArchive.digest("a")).isEqualTo("af63dc4c8601ec8c");
  }
}
