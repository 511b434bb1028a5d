package dev.aiir.commands.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheFolderTest {
  @Test
  void theCacheFolderFollowsXdgCacheHomeOrElseTheHomeFolder() {
    assertThat(CacheFolder.of(Map.of("XDG_CACHE_HOME", "/var/cache/me"), "/home/me"))
        .contains(Path.of("/var/cache/me", "aiir"));
    assertThat(CacheFolder.of(Map.of("XDG_CACHE_HOME", " "), "/home/me"))
        .contains(Path.of("/home/me", ".cache", "aiir"));
    assertThat(CacheFolder.of(Map.of(), "/home/me"))
        .contains(Path.of("/home/me", ".cache", "aiir"));
    assertThat(CacheFolder.of(Map.of(), null)).isEmpty();
  }
}
