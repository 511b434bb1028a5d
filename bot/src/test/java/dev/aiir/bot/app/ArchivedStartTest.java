package dev.aiir.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivedStartTest {
  @TempDir Path dir;

  @Test
  void theReExecutedLaunchFindsTheSameArchiveAsTheLaunchBeforeIt() throws Exception {
    Path jar = Files.writeString(dir.resolve("aiir-bot.jar"), "a build");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.toString());
    Properties system = new Properties();
    system.setProperty("user.dir", dir.toString());
    JvmLaunch launch = new JvmLaunch(List.of("java", "-Xmx1g", "-jar", jar.toString(), "serve"));
    ClassDataArchive found = ClassDataArchive.forLaunch(launch, env, system).orElseThrow();
    Path archive = found.file();

    JvmLaunch relaunch =
        launch.withJar(found.jar().toString()).withOptionsFirst(ArchivedStart.added(archive));

    assertThat(relaunch.jvmOptions())
        .contains("-XX:SharedArchiveFile=" + archive, "-Daiir.cds.archive=" + archive);
    assertThat(ClassDataArchive.forLaunch(relaunch, env, system)).as("left alone").isEmpty();
    assertThat(
            ClassDataArchive.forLaunch(relaunch.without(ArchivedStart::isAdded), env, system)
                .orElseThrow()
                .file())
        .isEqualTo(archive);
  }

  @Test
  void anArchiveTheJvmMappedIsKept() throws Exception {
    ClassDataArchive archive = CachedArchives.in(dir);
    Files.writeString(archive.file(), "x");
    String maps =
        "800000000-800a00000 rw-p 00001000 08:01 4242        "
            + archive.file().toRealPath()
            + "\n7f0000000000-7f0000001000 r--p 00000000 08:01 17 /usr/lib/libc.so.6\n";

    assertThat(ArchivedStart.reportTaken(archive.file(), Optional.of(archive), maps)).isTrue();

    assertThat(archive.file()).exists();
    assertThat(archive.refusal()).doesNotExist();
  }

  @Test
  void aCachedArchiveTheJvmDidNotMapIsDeletedAndMarkedSoThatNoStopWritesItAgain() throws Exception {
    ClassDataArchive archive = CachedArchives.in(dir);
    Files.writeString(archive.file(), "x");
    String maps =
        "800000000-800a00000 rw-p 00001000 08:01 4242 " + archive.file().toRealPath() + ".old\n";

    assertThat(ArchivedStart.reportTaken(archive.file(), Optional.of(archive), maps)).isFalse();

    assertThat(archive.file()).doesNotExist();
    assertThat(archive.refusal()).exists();
    assertThat(archive.toStartWith()).isEmpty();
  }

  @Test
  void aBuildsArchiveTheJvmDidNotMapIsKeptButMarkedForThisLaunch() throws Exception {
    ClassDataArchive archive = CachedArchives.in(dir);
    Files.writeString(archive.built(), "x");

    assertThat(ArchivedStart.reportTaken(archive.built(), Optional.of(archive), "")).isFalse();

    assertThat(archive.built()).exists();
    assertThat(archive.buildRefusal()).exists();
    assertThat(archive.refusal()).doesNotExist();
    assertThat(archive.toStartWith()).isEmpty();
  }
}
