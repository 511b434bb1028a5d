package dev.aiir.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveDumpTest {
  @TempDir Path dir;

  @Test
  void aProcessWritesItsArchiveUnderANameOfItsOwnBeforeMovingItInPlace() {
    ClassDataArchive archive =
        new ClassDataArchive(dir.resolve("aiir-aaaa-1111.jsa"), dir.resolve("aiir-bot.jar"));

    assertThat(ArchiveDump.partialOf(archive, 4242))
        .isEqualTo(dir.resolve("aiir-aaaa-1111.4242.partial.jsa"));
  }

  @Test
  void tidyingDeletesTheJarsOtherBuildsAndAbandonedPartsAndKeepsEverythingElse() throws Exception {
    Path cds = Files.createDirectories(dir.resolve("cds"));
    ClassDataArchive kept =
        new ClassDataArchive(
            Files.writeString(cds.resolve("aiir-aaaa-1.jsa"), "k"), dir.resolve("aiir-bot.jar"));
    Path partial = ArchiveDump.partialOf(kept, 7);
    Path olderBuild = Files.writeString(cds.resolve("aiir-aaaa-0.jsa"), "o");
    Path olderRefusal = Files.writeString(cds.resolve("aiir-aaaa-2.jsa.refused"), "");
    Path otherJar = Files.writeString(cds.resolve("aiir-bbbb-0.jsa"), "b");
    Path abandoned = Files.writeString(cds.resolve("aiir-aaaa-1.3.partial.jsa.temp"), "t");
    Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path another = Files.writeString(cds.resolve("aiir-aaaa-1.9.partial.jsa.temp"), "still going");
    Path working = Files.createDirectories(dir.resolve("work"));
    Path ours =
        Files.writeString(
            working.resolve("java_pid11_stdout"), "-XX:SharedArchiveFile=" + partial + ".temp");
    Path ourErrors =
        Files.writeString(working.resolve("java_pid11_stderr"), "Command: ... " + partial);
    Path theirs = Files.writeString(working.resolve("java_pid12_stdout"), "someone else's");

    ArchiveDump.tidy(kept, partial, working);

    assertThat(kept.file()).exists();
    assertThat(olderBuild).doesNotExist();
    assertThat(olderRefusal).doesNotExist();
    assertThat(otherJar).exists();
    assertThat(abandoned).doesNotExist();
    assertThat(another).exists();
    assertThat(ours).doesNotExist();
    assertThat(ourErrors).doesNotExist();
    assertThat(theirs).exists();
  }
}
