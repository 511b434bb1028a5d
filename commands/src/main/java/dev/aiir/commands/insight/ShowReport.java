package dev.aiir.commands.insight;

import dev.aiir.commands.handling.IncidentCommand;
import java.util.Objects;

/**
 * {@code report [--since 30d] [--until DATE] [--severity 1,2] [--model NAME]}: this workspace's.
 */
public record ShowReport(ReportRequest request) implements IncidentCommand {
  public ShowReport {
    Objects.requireNonNull(request, "request");
  }

  /** It reads every incident of the period, which can take longer than a platform waits. */
  @Override
  public boolean slow() {
    return true;
  }
}
