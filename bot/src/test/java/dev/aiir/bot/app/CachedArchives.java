package dev.aiir.bot.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The tests' archive: of a jar built in a folder, in that folder's own cache. */
final class CachedArchives {
  private CachedArchives() {}

  /** The archive of {@code dir/aiir-bot.jar} (written) in {@code dir/cache}, its folder made. */
  static ClassDataArchive in(Path dir) throws Exception {
    Path jar = Files.writeString(dir.resolve("aiir-bot.jar"), "a build");
    ClassDataArchive archive =
        ClassDataArchive.forLaunch(
                new JvmLaunch(List.of("java", "-jar", jar.toString())),
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()),
                new Properties())
            .orElseThrow();
    Files.createDirectories(archive.file().getParent());
    return archive;
  }
}
