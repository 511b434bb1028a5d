package dev.aiir.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnconfirmedStartsTest {
  @TempDir Path dir;
  private ClassDataArchive archive;

  @BeforeEach
  void anArchiveInTheCache() throws Exception {
    archive = CachedArchives.in(dir);
    Files.writeString(archive.file(), "archive");
  }

  @Test
  void afterTwoStartsThatNeverCameUpTheCachesArchiveIsSetAside() throws Exception {
    assertThat(UnconfirmedStarts.mayStartWith(archive, archive.file())).isTrue();
    assertThat(UnconfirmedStarts.mayStartWith(archive, archive.file())).isTrue();

    assertThat(UnconfirmedStarts.mayStartWith(archive, archive.file())).isFalse();
    assertThat(archive.file()).doesNotExist();
    assertThat(archive.refusal()).exists();
    assertThat(archive.unconfirmed()).doesNotExist();
    assertThat(archive.toStartWith()).isEmpty();
  }

  @Test
  void aStartThatCameUpStartsTheCountAgain() throws Exception {
    for (int start = 0; start < 5; start++) {
      assertThat(UnconfirmedStarts.mayStartWith(archive, archive.file())).isTrue();
      UnconfirmedStarts.confirm(archive);
    }

    assertThat(archive.file()).exists();
    assertThat(archive.unconfirmed()).doesNotExist();
  }

  @Test
  void theBuildsArchiveIsLeftWhereItIsButNotStartedWithAgain() throws Exception {
    Files.delete(archive.file());
    Files.writeString(archive.built(), "built");
    assertThat(archive.toStartWith()).contains(archive.built());
    UnconfirmedStarts.mayStartWith(archive, archive.built());
    UnconfirmedStarts.mayStartWith(archive, archive.built());

    assertThat(UnconfirmedStarts.mayStartWith(archive, archive.built())).isFalse();
    assertThat(archive.built()).exists();
    assertThat(archive.buildRefusal()).exists();
    assertThat(archive.toStartWith()).isEmpty();
  }

  @Test
  void aCountThatCannotBeReadCountsAsFailedStarts() throws Exception {
    Files.writeString(archive.unconfirmed(), "garbage");

    assertThat(UnconfirmedStarts.mayStartWith(archive, archive.file())).isFalse();
    assertThat(archive.file()).doesNotExist();
  }
}
