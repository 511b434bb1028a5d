package dev.aiir.bot.cli;

import dev.aiir.bot.config.Settings;
import dev.aiir.bot.offline.ExportException;
import dev.aiir.bot.offline.OfflineDraft;
import dev.aiir.commands.pir.ExportFormat;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code draft --slack-export DIR [--channel NAME] | --discord-export FILE}: a PIR from an export.
 */
@Command(
    name = "draft",
    description = "Print a PIR draft from a Slack workspace export or a Discord channel export.")
final class DraftCommand implements Callable<Integer> {
  private final Supplier<Settings> settings;

  /**
   * @param settings read when the command runs, so that a bad environment is reported as its error
   */
  DraftCommand(Supplier<Settings> settings) {
    this.settings = settings;
  }

  static final class Source {
    @Option(names = "--slack-export", paramLabel = "DIR", description = "a Slack export folder")
    Path slackExport;

    @Option(
        names = "--discord-export",
        paramLabel = "FILE",
        description = "a DiscordChatExporter JSON file")
    Path discordExport;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--channel", paramLabel = "NAME", description = "the Slack channel to draft")
  String channel;

  @Option(names = "--format", paramLabel = "md|json", description = "md (default) or json")
  ExportFormat format = ExportFormat.MD;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "write the draft to FILE (only once it is whole) instead of standard output")
  Path out;

  @Override
  public Integer call() throws Exception {
    Settings settings = this.settings.get();
    var now = Clock.systemUTC().instant();
    String draft;
    try {
      draft =
          source.slackExport != null
              ? OfflineDraft.fromSlack(
                  existing(source.slackExport),
                  Optional.ofNullable(channel),
                  format,
                  settings.core(),
                  now)
              : OfflineDraft.fromDiscord(
                  existing(source.discordExport), format, settings.core(), now);
    } catch (NoSuchFileException e) {
      throw new ExportException("The export has no " + e.getFile() + ".");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ExportException("The export is not valid JSON: " + e.getOriginalMessage());
    }
    if (out != null) {
      OutputFile.write(out, draft + "\n");
      return 0;
    }
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    stdout.println(draft);
    return 0;
  }

  private static Path existing(Path path) {
    if (!Files.exists(path)) {
      throw new ExportException(path + " does not exist.");
    }
    return path;
  }
}
