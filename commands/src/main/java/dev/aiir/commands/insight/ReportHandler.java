package dev.aiir.commands.insight;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.port.ReportFilter;
import java.util.Optional;

/** The workspace's report in one message: the summary of what {@code aiir report} writes. */
public final class ReportHandler implements Handler<ShowReport> {
  private final Insights insights;

  public ReportHandler(Core core) {
    this.insights = new Insights(core);
  }

  @Override
  public Reply handle(ShowReport command, CommandContext context) {
    ReportFilter filter;
    try {
      filter =
          command.request().filter(insights.zone(), insights.now(), Optional.of(context.tenant()));
    } catch (ReportOptionProblem e) {
      return Reply.refusal(e.getMessage() + "\n" + ReportMessages.USAGE);
    }
    InsightReport report = insights.report(filter);
    return Reply.toChannel(ReportMessages.summary(report, insights.pageFor(context.tenant())));
  }
}
