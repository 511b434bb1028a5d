package dev.aiir.bench;

import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.offline.ExportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar aiir-bench.jar <name>}: the benchmarks, against local fakes only. They print
 * figures; they are not tests, and they ship apart from the bot's jar.
 */
@Command(
    name = "aiir-bench",
    mixinStandardHelpOptions = true,
    version = "aiir 0.1.0",
    description = "Run a benchmark and print its figures.",
    subcommands = {
      PirBenchmark.class,
      SlackHttpBench.class,
      TimerBenchmark.class,
      ReportBenchmark.class,
      RestartBenchmark.class,
      GatesBenchmark.class,
      DrillPrometheus.class,
      AlertsBenchmark.class
    })
public final class BenchMain {
  private static final Logger LOG = LoggerFactory.getLogger(BenchMain.class);

  private BenchMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** As the bot's jar ran {@code bench}: a configuration problem exits 2, any other failure 1. */
  static int run(String... args) {
    CommandLine commandLine = new CommandLine(new BenchMain());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(
        (e, cl, parsed) -> {
          if (e instanceof ConfigurationException || e instanceof ExportException) {
            cl.getErr().println("aiir: " + e.getMessage());
            return 2;
          }
          LOG.error("aiir stopped on an error", e);
          cl.getErr().println("aiir: stopped on an error: " + e.getClass().getSimpleName());
          return 1;
        });
    return commandLine.execute(args);
  }
}
