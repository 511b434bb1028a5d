package dev.aiir.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code prometheus}: the benchmark's loopback Prometheus, serving values from a file for a drill
 * of the metric gates. Each line of the file is a value and the query it answers, exactly as the
 * bot sends it (placeholders filled); {@code *} answers every other query. The file is read at each
 * query, so a drill changes a value by editing it. Not a benchmark: a tool for drills.
 */
@Command(
    name = "prometheus",
    description =
        "Serve a loopback Prometheus answering queries with the values in a file (for drills).")
public final class DrillPrometheus implements Callable<Integer> {
  @Option(names = "--port", description = "the port on 127.0.0.1 (default ${DEFAULT-VALUE})")
  int port = 9090;

  @Option(
      names = "--values",
      required = true,
      description = "a file of lines '<value> <query>' ('none' for no data, '*' for any query)")
  Path values;

  private final PrintStream out = System.out;

  @Override
  public Integer call() throws Exception {
    try (LoopbackPrometheus prometheus =
        new LoopbackPrometheus("127.0.0.1", port, 2, this::answer)) {
      out.printf(
          Locale.ROOT,
          "a loopback Prometheus at %s answering from %s; Ctrl-C stops it%n",
          prometheus.url(),
          values);
      new CountDownLatch(1).await();
    }
    return 0;
  }

  private Optional<String> answer(String query, Instant time) {
    Optional<String> value = valueOf(query);
    out.printf(Locale.ROOT, "%s %s -> %s%n", time, query, value.orElse("no data"));
    return value;
  }

  private Optional<String> valueOf(String query) {
    String fallback = null;
    try {
      for (String line : Files.readAllLines(values, StandardCharsets.UTF_8)) {
        String[] parts = line.strip().split("\\s+", 2);
        if (parts.length < 2 || parts[0].startsWith("#")) {
          continue;
        }
        String value = parts[0].equals("none") ? null : parts[0];
        if (parts[1].equals(query)) {
          return Optional.ofNullable(value);
        }
        if (parts[1].equals("*")) {
          fallback = value;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.ofNullable(fallback);
  }
}
