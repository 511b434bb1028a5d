package dev.aiir.bench;

import dev.aiir.bot.offline.OfflineDraft;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.pir.ExportFormat;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.port.Timers;
import dev.aiir.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pir}: drafts a PIR from a long channel history read page by page through the chat port,
 * and prints the time it took and the heap's peak use while it ran.
 */
@Command(
    name = "pir",
    description = "Draft a PIR from a generated history; print time and peak heap.")
public final class PirBenchmark implements Callable<Integer> {
  @Option(names = "--messages", description = "history length (default ${DEFAULT-VALUE})")
  int messages = 100_000;

  @Option(names = "--page", description = "messages per page (default ${DEFAULT-VALUE})")
  int pageSize = 200;

  @Option(
      names = "--event-every",
      description = "one key event per N messages (default ${DEFAULT-VALUE})")
  int eventEvery = 2_000;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description = "write the generated exports into DIR and keep them (to time the jar on them)")
  Path keep;

  @Override
  public Integer call() throws Exception {
    Path dir =
        keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("aiir-bench-pir");
    Tenant tenant = new Tenant(Platform.SLACK, "TBENCH");
    Instant start = Instant.parse("2026-03-12T14:00:00Z");
    GeneratedHistory history = new GeneratedHistory(messages, pageSize, eventEvery, start);
    ChatPlatforms chat = new ChatPlatforms().register(Platform.SLACK, history);
    try (Database database = Database.open("jdbc:sqlite:" + dir.resolve("bench.db"))) {
      Core core =
          new Core(
              database.incidents(),
              new NoTimers(),
              chat,
              Clock.systemUTC(),
              CoreSettings.defaults());
      IncidentBot bot = new IncidentBot(core);
      CommandContext context =
          new CommandContext(tenant, new UserRef("U01", "maya"), "CBENCH", true);
      bot.execute(context, "declare benchmark incident --sev 2");
      bot.execute(context, "status");
      HeapMeter.reset();
      long began = System.nanoTime();
      Reply draft = bot.execute(context, "pir draft");
      long millis = (System.nanoTime() - began) / 1_000_000;
      long peak = HeapMeter.peakBytes();
      int lines = draft.message().lines().size();
      System.out.printf(
          "pir draft: %,d messages in pages of %d -> %d draft lines in %,d ms; peak heap %s (max heap %s)%n",
          messages,
          pageSize,
          lines,
          millis,
          HeapMeter.mib(peak),
          HeapMeter.mib(Runtime.getRuntime().maxMemory()));
    }
    offline(dir, history);
    return 0;
  }

  private void offline(Path dir, GeneratedHistory history) throws Exception {
    Path export =
        GeneratedSlackExport.write(
            Files.createDirectories(dir.resolve("export")), history, messages);
    HeapMeter.reset();
    long began = System.nanoTime();
    String draft =
        OfflineDraft.fromSlack(
            export, Optional.empty(), ExportFormat.MD, CoreSettings.defaults(), Instant.now());
    long millis = (System.nanoTime() - began) / 1_000_000;
    System.out.printf(
        "draft --slack-export: %,d messages -> %d draft lines in %,d ms; peak heap %s%n",
        messages, draft.lines().count(), millis, HeapMeter.mib(HeapMeter.peakBytes()));
    Path discord =
        GeneratedDiscordExport.write(dir.resolve("discord-export.json"), history, messages);
    HeapMeter.reset();
    began = System.nanoTime();
    draft =
        OfflineDraft.fromDiscord(discord, ExportFormat.MD, CoreSettings.defaults(), Instant.now());
    millis = (System.nanoTime() - began) / 1_000_000;
    System.out.printf(
        "draft --discord-export: %,d messages -> %d draft lines in %,d ms; peak heap %s%n",
        messages, draft.lines().count(), millis, HeapMeter.mib(HeapMeter.peakBytes()));
    if (keep != null) {
      System.out.printf(
          "exports kept: %s (Slack) and %s (Discord)%n",
          export.toAbsolutePath(), discord.toAbsolutePath());
    }
  }

  /** The benchmark schedules nothing. */
  private static final class NoTimers implements Timers {
    @Override
    public void schedule(TimerKey key, Instant at) {}

    @Override
    public void cancel(TimerKey key) {}
  }
}
