package dev.aiir.bot.cli;

import dev.aiir.bot.config.ExportTargetSettings;
import dev.aiir.bot.config.Settings;
import dev.aiir.bot.trackers.Reachability;
import dev.aiir.bot.trackers.TrackerWebhooks;
import dev.aiir.bot.trackers.Trackers;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.port.ExportFailure;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/**
 * {@code check-config}: reads the configuration (every error with its line, as at start-up), then
 * asks each tracker and wiki whether it answers, accepts the credential and lets it create, with
 * reads only: nothing is written anywhere. Exit code 1 when any target fails, 2 when the
 * configuration itself is wrong.
 */
@Command(
    name = "check-config",
    description =
        "Check the configuration, and that each export target answers and accepts its credential,"
            + " without writing anything.")
final class CheckConfigCommand implements Callable<Integer> {
  private final Supplier<Settings> settings;

  CheckConfigCommand(Supplier<Settings> settings) {
    this.settings = settings;
  }

  @Override
  public Integer call() {
    Settings read = settings.get();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(
        "aiir: configuration "
            + read.configFile().orElse("(none: AIIR_CONFIG unset)")
            + " is valid");
    Map<ExportTarget, ExportTargetSettings> targets = read.exportTargets();
    if (targets.isEmpty()) {
      out.println("aiir: no export targets are set up (the configuration file's exports section)");
      return 0;
    }
    int failed = 0;
    for (Map.Entry<ExportTarget, Reachability> entry : new Trackers(targets).checks().entrySet()) {
      ExportTarget target = entry.getKey();
      Reachability.Check check;
      try {
        check = entry.getValue().check();
      } catch (ExportFailure failure) {
        check = new Reachability.Check(false, failure.getMessage());
      }
      if (!check.ok()) {
        failed++;
      }
      String webhook =
          target.isTracker() && targets.get(target).webhookSecret().isPresent()
              ? " (webhook: POST " + TrackerWebhooks.path(target) + ")"
              : "";
      out.printf(
          "%-12s %-4s %s%s%n", target.key(), check.ok() ? "ok" : "FAIL", check.detail(), webhook);
    }
    if (failed > 0) {
      out.println("aiir: " + failed + " of " + targets.size() + " export targets failed");
      return 1;
    }
    return 0;
  }
}
