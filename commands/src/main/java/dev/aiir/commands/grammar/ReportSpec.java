package dev.aiir.commands.grammar;

import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.insight.ReportRequest;
import dev.aiir.commands.insight.ShowReport;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report}: what this workspace's incidents add up to. */
@Command(
    name = "report",
    description = "Incidents of a period: counts, MTTA, MTTM, MTTR, PIRs, action items.")
final class ReportSpec extends SubcommandSpec {
  @Option(
      names = "--since",
      paramLabel = "30d|DATE",
      description = "from: a span back (30d, 12w) or a date; 30d if not given")
  String since;

  @Option(names = "--until", paramLabel = "DATE", description = "to (that day included); now")
  String until;

  @Option(
      names = "--severity",
      paramLabel = "1-4",
      split = ",",
      description = "only these severities, such as 1,2")
  List<String> severities;

  @Option(names = "--model", paramLabel = "NAME", description = "only this model (any version)")
  String model;

  @Override
  IncidentCommand toCommand(WrittenText text) {
    return new ShowReport(
        new ReportRequest(
            Optional.ofNullable(since),
            Optional.ofNullable(until),
            severities == null ? List.of() : severities,
            Optional.ofNullable(model)));
  }
}
