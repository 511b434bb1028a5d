package dev.aiir.bot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a process has mapped into its memory, as {@code /proc/PID/maps} lists it. */
final class JvmMaps {
  private JvmMaps() {}

  /** This process's list; empty where there is none. */
  static String ofThisProcess() {
    try {
      return Files.readString(Path.of("/proc/self/maps"));
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** Whether {@code maps} has {@code file} mapped, under its real path when it has one. */
  static boolean maps(String maps, Path file) {
    String real;
    try {
      real = file.toRealPath().toString();
    } catch (IOException e) {
      real = file.toAbsolutePath().toString();
    }
    for (String line : maps.split("\n")) {
      if (line.endsWith(" " + real)) {
        return true;
      }
    }
    return false;
  }
}
