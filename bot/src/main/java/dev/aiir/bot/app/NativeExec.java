package dev.aiir.bot.app;

import com.sun.jna.Function;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.StringArray;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code execv(2)} through JNA: this process becomes a new run of a program, keeping its pid, its
 * parent, its standard streams and its environment, as a shell's {@code exec} does. Java itself can
 * only start other processes, which a supervisor (systemd, a container runtime, a benchmark reading
 * {@code /proc/PID}) would not be watching.
 */
final class NativeExec {
  private static final int F_SETFD = 2;
  private static final int FD_CLOEXEC = 1;

  private NativeExec() {}

  /**
   * Replaces this process with {@code argv} run from {@code program}; returns only when that
   * failed, with why.
   */
  static String exec(String program, List<String> argv) {
    NativeLibrary process = NativeLibrary.getProcess();
    closeOnExec(process.getFunction("fcntl"));
    int result =
        process
            .getFunction("execv")
            .invokeInt(new Object[] {program, new StringArray(argv.toArray(new String[0]))});
    return "execv answered " + result + " (errno " + Native.getLastError() + ")";
  }

  /**
   * Every file the JVM holds open beyond the standard streams closes at the exec, as it would in a
   * new process: a socket or lock kept open in the new run would belong to nobody.
   */
  private static void closeOnExec(Function fcntl) {
    for (int fd : openFiles()) {
      if (fd > 2) {
        fcntl.invokeInt(new Object[] {fd, F_SETFD, FD_CLOEXEC});
      }
    }
  }

  private static List<Integer> openFiles() {
    List<Integer> fds = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
      for (Path entry : entries) {
        fds.add(Integer.parseInt(entry.getFileName().toString()));
      }
    } catch (IOException | NumberFormatException e) {
      // Unlisted files stay open in the new run, as an inherited file would: harmless but untidy.
    }
    return fds;
  }
}
