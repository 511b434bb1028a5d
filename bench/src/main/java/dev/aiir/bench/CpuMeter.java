package dev.aiir.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * What the whole process spent while a benchmark ran: CPU time over all its threads (bot, load
 * generator, JIT and GC alike), the collectors' time and the JIT compilers' time. On a shared
 * two-core machine latency moves with the other builds; CPU per request moves far less, so it is
 * the figure that tells whether a change made the work cheaper.
 */
final class CpuMeter {
  /** The process's counters at one moment. */
  record Reading(long cpuNanos, long gcMillis, int gcCount, long jitMillis) {
    /** What was spent from {@code start} to this reading. */
    Reading since(Reading start) {
      return new Reading(
          cpuNanos - start.cpuNanos,
          gcMillis - start.gcMillis,
          gcCount - start.gcCount,
          jitMillis - start.jitMillis);
    }
  }

  private CpuMeter() {}

  static Reading now() {
    long gcMillis = 0;
    int gcCount = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcMillis += Math.max(0, gc.getCollectionTime());
      gcCount += (int) Math.max(0, gc.getCollectionCount());
    }
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long jitMillis =
        jit != null && jit.isCompilationTimeMonitoringSupported()
            ? jit.getTotalCompilationTime()
            : 0;
    return new Reading(processCpuNanos(), gcMillis, gcCount, jitMillis);
  }

  /** The system's load average over the last minute, or a negative number where unknown. */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long processCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
      return hotspot.getProcessCpuTime();
    }
    return -1;
  }
}
