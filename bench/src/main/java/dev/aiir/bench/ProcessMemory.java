package dev.aiir.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another process's memory, as Linux and the JVM report it: its resident set now and at its peak
 * ({@code /proc/PID/status}), and its Java heap in use after a full collection ({@code jcmd}).
 */
final class ProcessMemory {
  private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

  private ProcessMemory() {}

  /** The resident set in MiB ({@code VmRSS}, or {@code VmHWM} for the peak); empty off Linux. */
  static OptionalDouble residentMiB(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith(field + ":")) {
          String kb = line.substring(field.length() + 1).replace("kB", "").strip();
          return OptionalDouble.of(Long.parseLong(kb) / 1024.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux, or the process is gone.
    }
    return OptionalDouble.empty();
  }

  /**
   * The CPU the process has used so far, all its threads, in milliseconds ({@code utime + stime} of
   * {@code /proc/PID/stat}, at 100 ticks a second); empty off Linux.
   */
  static OptionalDouble cpuMillis(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // After the command's name in parentheses: state is field 3, utime 14 and stime 15.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return OptionalDouble.of(ticks * 10.0);
    } catch (IOException | RuntimeException e) {
      return OptionalDouble.empty();
    }
  }

  /**
   * The heap in use, in MiB, after {@code jcmd PID GC.run}: what the process holds on to, garbage
   * left out. Empty when {@code jcmd} is not beside this JVM's {@code java}.
   */
  static OptionalDouble liveHeapMiB(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return OptionalDouble.empty();
    }
    run(jcmd, pid, "GC.run");
    Matcher used = HEAP_USED.matcher(run(jcmd, pid, "GC.heap_info"));
    return used.find()
        ? OptionalDouble.of(Long.parseLong(used.group(1)) / 1024.0)
        : OptionalDouble.empty();
  }

  private static String run(Path jcmd, long pid, String command) {
    try {
      Process process =
          new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(30, TimeUnit.SECONDS);
      return output;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
