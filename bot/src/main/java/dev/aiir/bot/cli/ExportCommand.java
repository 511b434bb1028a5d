package dev.aiir.bot.cli;

import dev.aiir.bot.app.Application;
import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.config.Settings;
import dev.aiir.bot.config.TenantName;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.export.ExportActions;
import dev.aiir.commands.export.PublishPir;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.model.ExportTarget;
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

/**
 * {@code export <incident-id> [--format md|json] [--tenant slack:T123]}: prints a stored draft;
 * with {@code --to confluence} (a wiki) it publishes the review there instead, and with {@code --to
 * jira} (a tracker) it exports the action items, as {@code /incident pir publish} and {@code
 * /incident action export} do.
 */
@Command(
    name = "export",
    description =
        "Print the PIR draft of a stored incident, or publish it to a wiki (--to confluence, notion,"
            + " github-wiki, gitlab-wiki), or export its action items to a tracker (--to github,"
            + " gitlab, jira).")
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
      names = "--to",
      paramLabel = "TARGET",
      description =
          "a wiki (confluence, notion, github-wiki, gitlab-wiki) to publish the review to, or a"
              + " tracker (github, gitlab, jira) to export the action items to")
  String to;

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
    Optional<ExportTarget> target = target();
    try (Application app = Application.offline(settings, Clock.systemUTC(), new ChatPlatforms())) {
      if (target.isPresent()) {
        return send(app, context, id, target.get());
      }
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

  /** Publishes or exports to {@code target}; prints the result, or the refusal on stderr. */
  private static int send(
      Application app, CommandContext context, IncidentId id, ExportTarget target) {
    IncidentCommand command =
        target.isTracker()
            ? new ExportActions(Optional.of(id), Optional.of(target))
            : new PublishPir(Optional.of(id), Optional.of(target));
    Reply reply = app.bot().execute(context, command);
    if (reply.refused()) {
      System.err.println("aiir: " + reply.plainText());
      return 2;
    }
    new PrintStream(System.out, true, StandardCharsets.UTF_8).println(reply.plainText());
    return 0;
  }

  private Optional<ExportTarget> target() {
    if (to == null) {
      return Optional.empty();
    }
    return Optional.of(
        ExportTarget.parse(to)
            .orElseThrow(
                () ->
                    new ConfigurationException(
                        "--to takes a wiki ("
                            + ExportTarget.keys(false).replace("|", ", ")
                            + ") or a tracker ("
                            + ExportTarget.keys(true).replace("|", ", ")
                            + "), not '"
                            + to
                            + "'")));
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
