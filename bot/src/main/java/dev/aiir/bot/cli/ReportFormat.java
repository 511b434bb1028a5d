package dev.aiir.bot.cli;

/** What {@code aiir report --format} writes. */
enum ReportFormat {
  /** Markdown tables, for a wiki or a pull request. */
  MD,
  /** One row per incident, for a spreadsheet. */
  CSV,
  /** The figures as one object, for other tools. */
  JSON,
  /** One self-contained page with its charts, for reading offline and printing. */
  HTML
}
