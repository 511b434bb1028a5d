package dev.aiir.bot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A command's output file, written beside its target and moved into place only once whole. */
final class OutputFile {
  private OutputFile() {}

  static void write(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path partial = Files.createTempFile(absolute.getParent(), ".aiir-out-", ".part");
    try {
      Files.writeString(partial, content, StandardCharsets.UTF_8);
      Files.move(
          partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
