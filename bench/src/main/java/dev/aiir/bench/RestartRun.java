package dev.aiir.bench;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/** One measured restart, and the summary of several: min, median and max of each figure. */
record RestartRun(
    int run,
    BotProcess.Healthy health,
    double ackMillis,
    Reconciled reconciled,
    OptionalDouble rssMiB,
    OptionalDouble peakRssMiB,
    OptionalDouble settledRssMiB,
    OptionalDouble liveHeapMiB,
    double loadAverage,
    String archive) {

  /** The same run with what its log says of the class-data archive (read once it has stopped). */
  RestartRun withArchiveFrom(String log) {
    String said =
        log.contains("class-data archive in use")
            ? "in use"
            : log.contains("was not taken by this JVM")
                ? "not taken"
                : log.contains("class-data archive written") ? "none, written at its stop" : "none";
    return new RestartRun(
        run,
        health,
        ackMillis,
        reconciled,
        rssMiB,
        peakRssMiB,
        settledRssMiB,
        liveHeapMiB,
        loadAverage,
        said);
  }

  String line() {
    return String.format(
        Locale.ROOT,
        "run %d: /healthz %.0f ms (%s ms of CPU by then), first ack %.0f ms, reconciliation %.0f"
            + " ms (%d expected, %d held), RSS %s MiB (peak %s), once start-up is over %s MiB,"
            + " live heap %s MiB, load average %.2f, class-data archive: %s",
        run,
        health.millis(),
        mib(health.cpuMillis()),
        ackMillis,
        reconciled.millis(),
        reconciled.expected(),
        reconciled.scheduled(),
        mib(rssMiB),
        mib(peakRssMiB),
        mib(settledRssMiB),
        mib(liveHeapMiB),
        loadAverage,
        archive);
  }

  static String summary(List<RestartRun> runs) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%-26s %9s %9s %9s%n", "", "min", "median", "max"));
    row(text, runs, "/healthz (ms)", r -> r.health().millis());
    row(text, runs, "CPU by /healthz (ms)", r -> r.health().cpuMillis().orElse(Double.NaN));
    row(text, runs, "first ack (ms)", RestartRun::ackMillis);
    row(text, runs, "reconciliation (ms)", r -> r.reconciled().millis());
    row(text, runs, "RSS (MiB)", r -> r.rssMiB().orElse(Double.NaN));
    row(text, runs, "peak RSS (MiB)", r -> r.peakRssMiB().orElse(Double.NaN));
    row(text, runs, "RSS, start-up over (MiB)", r -> r.settledRssMiB().orElse(Double.NaN));
    row(text, runs, "live heap (MiB)", r -> r.liveHeapMiB().orElse(Double.NaN));
    row(text, runs, "load average", RestartRun::loadAverage);
    return text.toString();
  }

  private static void row(
      StringBuilder text, List<RestartRun> runs, String name, ToDoubleFunction<RestartRun> figure) {
    double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
    if (values.length == 0) {
      return;
    }
    text.append(
        String.format(
            Locale.ROOT,
            "%-26s %9.1f %9.1f %9.1f%n",
            name,
            values[0],
            median(values),
            values[values.length - 1]));
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** A figure to the unit (MiB or ms), or n/a. */
  private static String mib(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.0f", value.getAsDouble()) : "n/a";
  }
}
