package dev.aiir.bot.offline;

import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.pir.ExportFormat;
import dev.aiir.commands.pir.HistoryDigest;
import dev.aiir.commands.pir.PirDraft;
import dev.aiir.commands.pir.PirDrafter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** Drafts a PIR for an incident that never ran through the bot, from a Slack or Discord export. */
public final class OfflineDraft {
  private OfflineDraft() {}

  public static String fromSlack(
      Path dir, Optional<String> channel, ExportFormat format, CoreSettings settings, Instant now)
      throws IOException {
    HistoryDigest digest = HistoryDigest.offline();
    String name = SlackExportReader.read(dir, channel, digest::accept);
    return render(name, digest, format, settings, now);
  }

  public static String fromDiscord(
      Path file, ExportFormat format, CoreSettings settings, Instant now) throws IOException {
    HistoryDigest digest = HistoryDigest.offline();
    String name = DiscordExportReader.read(file, digest::accept);
    return render(name, digest, format, settings, now);
  }

  private static String render(
      String channel,
      HistoryDigest digest,
      ExportFormat format,
      CoreSettings settings,
      Instant now) {
    PirDraft draft =
        PirDrafter.fromHistory(channel, digest, settings.idPrefix(), settings.pirWindow(), now);
    return dev.aiir.commands.chat.Mentions.defuse(format.render(draft));
  }
}
