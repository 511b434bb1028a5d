package dev.aiir.bot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The starts re-executed with a class-data archive that have not yet shown they came up with it. A
 * damaged archive can crash the JVM as it maps it (a SIGSEGV before {@code main}, with a few blocks
 * of one overwritten), and a bot that crashes at every start is worse than a slow one: so each
 * re-execution is counted before it happens, a start that comes up with it (its own code running
 * with the archive mapped) clears the count, and after {@link #LIMIT} starts in a row that never
 * did, the archive is set aside and the next start runs without it.
 */
final class UnconfirmedStarts {
  static final int LIMIT = 2;

  private UnconfirmedStarts() {}

  /**
   * Whether this start may re-execute with {@code given} (counted if so); false, with the archive
   * set aside, after {@link #LIMIT} starts with it that never came up.
   */
  static boolean mayStartWith(ClassDataArchive archive, Path given) throws IOException {
    Path count = archive.unconfirmed();
    int unconfirmed = read(count);
    if (unconfirmed >= LIMIT) {
      archive.setAside(given);
      Files.deleteIfExists(count);
      return false;
    }
    Files.createDirectories(count.getParent());
    Files.writeString(count, Integer.toString(unconfirmed + 1));
    return true;
  }

  /** This start came up with its archive: the count starts again. */
  static void confirm(ClassDataArchive archive) throws IOException {
    Files.deleteIfExists(archive.unconfirmed());
  }

  private static int read(Path count) throws IOException {
    if (!Files.isRegularFile(count)) {
      return 0;
    }
    try {
      return Integer.parseInt(Files.readString(count).strip());
    } catch (NumberFormatException e) {
      return LIMIT; // not ours to read: as if it had failed
    }
  }
}
