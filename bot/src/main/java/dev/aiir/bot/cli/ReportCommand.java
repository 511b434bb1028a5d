package dev.aiir.bot.cli;

import dev.aiir.bot.app.Application;
import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.config.Settings;
import dev.aiir.bot.config.TenantName;
import dev.aiir.bot.page.ReportHtml;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.insight.InsightReport;
import dev.aiir.commands.insight.Insights;
import dev.aiir.commands.insight.ReportCsv;
import dev.aiir.commands.insight.ReportJson;
import dev.aiir.commands.insight.ReportMarkdown;
import dev.aiir.commands.insight.ReportOptionProblem;
import dev.aiir.commands.insight.ReportRequest;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.ReportFilter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report [--since 30d|DATE] [--until DATE] [--severity 1,2] [--model NAME] [--tenant
 * slack:T1] [--format md|csv|json|html] [--out FILE]}: what the incidents of the store named by
 * {@code AIIR_DB_URL} add up to, across every workspace unless {@code --tenant} names one.
 */
@Command(
    name = "report",
    description =
        "Write what the incidents of a period add up to: counts, MTTA, MTTM and MTTR per severity,"
            + " PIRs, open action items, repeat offenders, weeks.")
final class ReportCommand implements Callable<Integer> {
  private final Supplier<Settings> settings;
  private final Clock clock;

  /**
   * @param settings read when the command runs, so that a bad environment is reported as its error
   */
  ReportCommand(Supplier<Settings> settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  @Option(
      names = "--since",
      paramLabel = "30d|DATE",
      description = "from: a span back (30d, 12w, 6h) or a date or time (30d if not given)")
  String since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "to: a date (that day included) or a time (now if not given)")
  String until;

  @Option(
      names = "--severity",
      paramLabel = "1-4",
      split = ",",
      description = "only these severities, such as 1,2")
  List<String> severities;

  @Option(names = "--model", paramLabel = "NAME", description = "only this model (any version)")
  String model;

  @Option(
      names = "--tenant",
      paramLabel = "PLATFORM:ID",
      description = "only this workspace: console, slack:<team id> or discord:<guild id>")
  String tenant;

  @Option(
      names = "--format",
      paramLabel = "md|csv|json|html",
      description = "md (default), csv (one row per incident), json or html (one file, charts)")
  ReportFormat format = ReportFormat.MD;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "write to FILE (only once it is whole) instead of standard output")
  Path out;

  @Override
  public Integer call() throws Exception {
    Settings settings = this.settings.get();
    Optional<Tenant> workspace = Optional.ofNullable(tenant).map(ReportCommand::workspace);
    ReportRequest request =
        new ReportRequest(
            Optional.ofNullable(since),
            Optional.ofNullable(until),
            severities == null ? List.of() : severities,
            Optional.ofNullable(model));
    try (Application app = Application.offline(settings, clock, new ChatPlatforms())) {
      Insights insights = app.insights();
      ReportFilter filter;
      try {
        filter = request.filter(insights.zone(), insights.now(), workspace);
      } catch (ReportOptionProblem e) {
        throw new ConfigurationException(e.getMessage());
      }
      String text = render(insights.report(filter));
      if (out != null) {
        OutputFile.write(out, text);
      } else {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        stdout.print(text);
        stdout.flush();
      }
      return 0;
    }
  }

  private String render(InsightReport report) {
    return switch (format) {
      case MD -> ReportMarkdown.render(report);
      case CSV -> ReportCsv.render(report);
      case JSON -> ReportJson.render(report) + "\n";
      case HTML -> ReportHtml.document(report);
    };
  }

  private static Tenant workspace(String text) {
    try {
      return TenantName.parse(text);
    } catch (ConfigurationException e) {
      throw new ConfigurationException(
          "--tenant takes console, slack:<team id> or discord:<guild id>, not '" + text + "'");
    }
  }
}
