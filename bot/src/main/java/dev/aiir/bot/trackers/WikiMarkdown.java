package dev.aiir.bot.trackers;

import dev.aiir.commands.model.WikiPage;

/** A PIR page as one Markdown file: its title, its escaped blocks, and its marker, hidden. */
final class WikiMarkdown {
  private WikiMarkdown() {}

  static String of(WikiPage page) {
    return "# "
        + MarkdownText.escape(page.title())
        + "\n\n"
        + MarkdownText.render(page.blocks())
        + "\n<!-- "
        + page.marker()
        + " -->\n";
  }
}
