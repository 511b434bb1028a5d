package dev.aiir.bot.cli;

import dev.aiir.bot.app.Application;
import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.config.Settings;
import dev.aiir.bot.config.TenantName;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.pir.ExportFormat;
import dev.aiir.commands.pir.ExportPir;
import dev.aiir.commands.port.ChatPlatforms;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export <incident-id> [--format md|json] [--tenant slack:T123]}: prints a stored draft. */
@Command(name = "export", description = "Print the PIR draft of a stored incident.")
final class ExportCommand implements Callable<Integer> {
  private final Supplier<Settings> settings;

  /**
   * @param settings read when the command runs, so that a bad environment is reported as its error
   */
  ExportCommand(Supplier<Settings> settings) {
    this.settings = settings;
  }

  @Parameters(paramLabel = "<incident-id>", description = "such as AI-IR-2026-042")
  String incident;

  @Option(names = "--format", paramLabel = "md|json", description = "md (default) or json")
  ExportFormat format = ExportFormat.MD;

  @Option(
      names = "--tenant",
      paramLabel = "PLATFORM:ID",
      description = "whose incident: console (default), slack:<team id> or discord:<guild id>")
  String tenant = "console:console";

  @Override
  public Integer call() {
    Settings settings = this.settings.get();
    IncidentId id =
        IncidentId.parse(incident)
            .orElseThrow(
                () -> new ConfigurationException("'" + incident + "' is not an incident id"));
    CommandContext context = new CommandContext(tenant(), new UserRef("cli", "cli"), "cli", true);
    try (Application app = Application.offline(settings, Clock.systemUTC(), new ChatPlatforms())) {
      Reply reply = app.bot().execute(context, new ExportPir(Optional.of(id), format));
      if (reply.refused() || reply.file().isEmpty()) {
        System.err.println("aiir: " + reply.plainText());
        return 2;
      }
      new PrintStream(System.out, true, StandardCharsets.UTF_8)
          .println(reply.file().get().content());
      return 0;
    }
  }

  private Tenant tenant() {
    try {
      return TenantName.parse(tenant);
    } catch (ConfigurationException e) {
      throw new ConfigurationException(
          "--tenant takes console, slack:<team id> or discord:<guild id>, not '" + tenant + "'");
    }
  }
}
