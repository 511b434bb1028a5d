package dev.aiir.bot.discord;

import static dev.aiir.bot.discord.DiscordOption.choice;
import static dev.aiir.bot.discord.DiscordOption.flag;
import static dev.aiir.bot.discord.DiscordOption.number;
import static dev.aiir.bot.discord.DiscordOption.person;
import static dev.aiir.bot.discord.DiscordOption.severity;
import static dev.aiir.bot.discord.DiscordOption.text;
import static dev.aiir.bot.discord.SlashSubcommand.entry;
import static dev.aiir.bot.discord.SlashSubcommand.same;

import dev.aiir.commands.action.AddAction;
import dev.aiir.commands.action.CompleteAction;
import dev.aiir.commands.action.ListActions;
import dev.aiir.commands.export.ExportActions;
import dev.aiir.commands.export.PublishPir;
import dev.aiir.commands.gate.AddGate;
import dev.aiir.commands.gate.CheckGates;
import dev.aiir.commands.gate.ListGates;
import dev.aiir.commands.gate.RemoveGate;
import dev.aiir.commands.grammar.Help;
import dev.aiir.commands.grammar.OptionProblem;
import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.incident.Acknowledge;
import dev.aiir.commands.incident.AssignRole;
import dev.aiir.commands.incident.ChangeSeverity;
import dev.aiir.commands.incident.Declare;
import dev.aiir.commands.incident.DeclareFormRequest;
import dev.aiir.commands.incident.ListOpen;
import dev.aiir.commands.incident.RecordRollback;
import dev.aiir.commands.incident.Resolve;
import dev.aiir.commands.incident.SetImpact;
import dev.aiir.commands.incident.SetRootCause;
import dev.aiir.commands.incident.ShowStatus;
import dev.aiir.commands.insight.ReportRequest;
import dev.aiir.commands.insight.ShowReport;
import dev.aiir.commands.manager.ChangeManagers;
import dev.aiir.commands.manager.ListManagers;
import dev.aiir.commands.model.CriterionText;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.RecoveryStep;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimeInput;
import dev.aiir.commands.nudge.Snooze;
import dev.aiir.commands.pir.CompletePir;
import dev.aiir.commands.pir.DraftPir;
import dev.aiir.commands.pir.ExportFormat;
import dev.aiir.commands.pir.ExportPir;
import dev.aiir.commands.recovery.CompleteRecoveryStep;
import dev.aiir.commands.recovery.ShowRecovery;
import dev.aiir.commands.rollout.HaltRollout;
import dev.aiir.commands.rollout.Promote;
import dev.aiir.commands.rollout.SetTraffic;
import dev.aiir.commands.rollout.ShowRollout;
import dev.aiir.commands.rollout.StartRollout;
import dev.aiir.commands.timeline.Log;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import net.dv8tion.jda.api.interactions.commands.OptionType;

/**
 * The one table of {@code /incident} on Discord: for each subcommand of the text grammar, its typed
 * options (with the grammar word each stands for) and the same command value the grammar makes.
 * Registration, help and handling are all derived from it.
 */
final class IncidentSlashCommands {
  static final String NAME = "incident";
  private static final int MAX_CHOICES = 25;
  private static final DiscordOption ID =
      text("id", "--id", "the incident, when not run in its channel, such as AI-IR-2026-042");

  static final List<SlashSubcommand> ALL =
      withHelp(
          List.of(
              same(
                  "declare",
                  IncidentSlashCommands::declare,
                  text("title", "<title>", "what is wrong (leave it out to fill in a form)")
                      .maxLength(200),
                  severity("severity", "--sev", "how bad: SEV-3 if not given"),
                  text("detected", "--detected", "when the alert fired: HH:MM (UTC) or ISO-8601"),
                  text("model", "--model", "the affected model, as NAME@VERSION")),
              same("ack", o -> new Acknowledge(o.target()), ID),
              same(
                  "sev",
                  o ->
                      new ChangeSeverity(
                          o.target(), o.typed("level", Severity.class), o.textOrEmpty("reason")),
                  severity("level", "<1-4>", "the new severity").asRequired(),
                  text("reason", "<reason>", "why it changes"),
                  ID),
              same(
                  "log",
                  o -> new Log(o.target(), o.optional("at", TimeInput.class), o.text("text")),
                  text("text", "<text>", "the note").asRequired(),
                  text("at", "--at", "when it happened: HH:MM (UTC) or ISO-8601"),
                  ID),
              same("status", o -> new ShowStatus(o.target()), ID),
              same(
                  "snooze",
                  o -> new Snooze(o.target(), o.text("duration")),
                  text("duration", "<duration>", "how long to pause nudges: 30m, 2h").asRequired(),
                  ID),
              same(
                  "role",
                  o ->
                      new AssignRole(
                          o.target(), o.typed("role", Role.class), o.requiredPerson("user")),
                  choice(
                          OptionType.STRING,
                          "role",
                          "<commander|comms|scribe>",
                          "the role",
                          OptionChoices.roles())
                      .asRequired(),
                  person("user", "<@user>", "who takes it").asRequired(),
                  ID),
              same(
                  "rollback",
                  o ->
                      new RecordRollback(
                          o.target(), o.text("model"), o.text("version"), o.textOrEmpty("reason")),
                  text("model", "<model>", "the model rolled back").asRequired(),
                  text("version", "<version>", "the version now serving").asRequired(),
                  text("reason", "<reason>", "why"),
                  ID),
              same(
                  "rootcause",
                  o -> new SetRootCause(o.target(), o.text("text")),
                  text("text", "<text>", "what caused it").asRequired(),
                  ID),
              same(
                  "impact",
                  o -> new SetImpact(o.target(), o.text("text")),
                  text("text", "<text>", "who was affected, and how").asRequired(),
                  ID),
              entry("recovery", "recovery show", o -> new ShowRecovery(o.target()), ID),
              same(
                  "recovery done",
                  o ->
                      new CompleteRecoveryStep(
                          o.target(), o.typed("step", RecoveryStep.class), o.textOrEmpty("note")),
                  choice(
                          OptionType.STRING,
                          "step",
                          "<step>",
                          "the step done",
                          OptionChoices.recoverySteps())
                      .asRequired(),
                  text("note", "<note>", "a note"),
                  ID),
              same(
                  "rollout start",
                  o ->
                      new StartRollout(
                          o.target(),
                          o.raw("traffic").isPresent()
                              ? OptionalInt.of(o.number("traffic"))
                              : OptionalInt.empty()),
                  number("traffic", "--traffic", "the share of traffic to start with, in percent"),
                  ID),
              same(
                  "rollout traffic",
                  o -> new SetTraffic(o.target(), o.number("percent")),
                  number("percent", "<N%>", "the share of traffic now served, in percent")
                      .asRequired(),
                  ID),
              same(
                  "rollout promote",
                  IncidentSlashCommands::promote,
                  flag("force", "--force", "promote before the minimum soak; give the reason"),
                  text("reason", "<reason>", "why (needed with force), or a remark"),
                  ID),
              same(
                  "rollout halt",
                  o -> new HaltRollout(o.target(), o.text("reason")),
                  text("reason", "<reason>", "why it stops").asRequired(),
                  ID),
              same("rollout status", o -> new ShowRollout(o.target()), ID),
              same("rollout check", o -> new CheckGates(o.target()), ID),
              same(
                  "gate add",
                  IncidentSlashCommands::addGate,
                  text("phase", "<phase>", "the phase, such as canary").asRequired(),
                  text(
                          "check",
                          "<check>",
                          "<query> <comparison> <threshold>, such as error_ratio < 0.01")
                      .asRequired(),
                  text("for", "--for", "how long it must hold, such as 30m (default: at once)"),
                  text("every", "--every", "how often it is checked, such as 1m (the default)"),
                  number("failures", "--failures", "failing checks in a row that breach it (3)"),
                  ID),
              same("gate list", o -> new ListGates(o.target()), ID),
              same(
                  "gate remove",
                  o -> new RemoveGate(o.target(), o.number("number")),
                  number("number", "<n>", "the criterion's number, from gate list").asRequired(),
                  ID),
              same(
                  "action add",
                  o ->
                      new AddAction(
                          o.target(),
                          o.typed("priority", Priority.class),
                          o.text("text"),
                          o.person("owner")),
                  choice(
                          OptionType.STRING,
                          "priority",
                          "<P0|P1|P2>",
                          "P0 first",
                          OptionChoices.priorities())
                      .asRequired(),
                  text("text", "<text>", "the action item").asRequired(),
                  person("owner", "--owner", "who will do it"),
                  ID),
              same("action list", o -> new ListActions(o.target()), ID),
              same(
                  "action done",
                  o -> new CompleteAction(o.target(), o.number("number")),
                  number("number", "<n>", "the item's number, from action list").asRequired(),
                  ID),
              same(
                  "action export",
                  o -> new ExportActions(o.target(), o.optional("to", ExportTarget.class)),
                  choice(
                      OptionType.STRING,
                      "to",
                      "--to",
                      "the issue tracker; the workspace's own if not given",
                      OptionChoices.exportTargets(true)),
                  ID),
              same(
                  "resolve",
                  o -> new Resolve(o.target(), o.textOrEmpty("summary")),
                  text("summary", "<summary>", "how it ended"),
                  ID),
              same("pir draft", o -> new DraftPir(o.target()), ID),
              same(
                  "pir export",
                  o ->
                      new ExportPir(
                          o.target(),
                          o.optional("format", ExportFormat.class).orElse(ExportFormat.MD)),
                  choice(
                      OptionType.STRING,
                      "format",
                      "<md|json>",
                      "the file's format, md if not given",
                      OptionChoices.exportFormats()),
                  ID),
              same(
                  "pir publish",
                  o -> new PublishPir(o.target(), o.optional("to", ExportTarget.class)),
                  choice(
                      OptionType.STRING,
                      "to",
                      "--to",
                      "the wiki; the workspace's own if not given",
                      OptionChoices.exportTargets(false)),
                  ID),
              same(
                  "pir done",
                  o -> new CompletePir(o.target(), o.text("link")),
                  text("link", "<link>", "where the finished review is").asRequired(),
                  ID),
              same("list", o -> new ListOpen()),
              same(
                  "report",
                  o ->
                      new ShowReport(
                          new ReportRequest(
                              o.optionalText("since"),
                              o.optionalText("until"),
                              o.optionalText("severity").map(List::of).orElse(List.of()),
                              o.optionalText("model"))),
                  text(
                      "since",
                      "--since",
                      "from: a span back such as 30d, or a date (30d if not given)"),
                  text("until", "--until", "to: a date, that day included (now if not given)"),
                  text("severity", "--severity", "only these severities, such as 1,2"),
                  text("model", "--model", "only this model, any version")),
              same(
                  "managers add",
                  o -> new ChangeManagers(ChangeManagers.Change.ADD, o.text("who")),
                  text("who", "<@user|#channel>", "the person or channel to add").asRequired()),
              same(
                  "managers remove",
                  o -> new ChangeManagers(ChangeManagers.Change.REMOVE, o.text("who")),
                  text("who", "<@user|#channel>", "the person or channel to remove").asRequired()),
              same("managers list", o -> new ListManagers())));

  private IncidentSlashCommands() {}

  /** As the grammar: forcing needs a reason, which is recorded. */
  private static Promote promote(OptionReader o) {
    boolean force = o.raw("force").map(Boolean::parseBoolean).orElse(false);
    String reason = o.textOrEmpty("reason");
    if (force && reason.isBlank()) {
      throw new OptionProblem(
          "Say why: `rollout promote --force <reason>`; the reason is recorded.");
    }
    return new Promote(o.target(), force, reason);
  }

  /** As the grammar: the check and its options are read by the gate grammar, in its words. */
  private static AddGate addGate(OptionReader o) {
    CriterionText.Outcome outcome =
        CriterionText.parse(
            o.text("check"),
            o.optionalText("for").orElse(null),
            o.optionalText("every").orElse(null),
            o.raw("failures").orElse(null));
    if (outcome instanceof CriterionText.Problem problem) {
      throw new OptionProblem("That is not a metric criterion: " + problem.text() + ".");
    }
    return new AddGate(o.target(), o.text("phase"), outcome.criterion());
  }

  /** As the grammar: without a title, the declare form opens with what was given filled in. */
  private static IncidentCommand declare(OptionReader o) {
    Severity severity = o.optional("severity", Severity.class).orElse(Severity.SEV3);
    Optional<TimeInput> detected = o.optional("detected", TimeInput.class);
    Optional<String> title = o.optionalText("title").filter(t -> !t.isBlank());
    if (title.isEmpty()) {
      return new DeclareFormRequest(severity, detected, o.optionalText("model"));
    }
    return new Declare(title.get(), severity, detected, o.optionalText("model"));
  }

  /** The subcommand Discord sent, by its group (or null) and name. */
  static Optional<SlashSubcommand> find(String group, String name) {
    String path = group == null ? name : group + " " + name;
    return ALL.stream().filter(s -> s.discordPath().equals(path)).findFirst();
  }

  /** The Discord words of a grammar subcommand, such as {@code recovery show} for recovery. */
  static String discordPath(String grammarPath) {
    return ALL.stream()
        .filter(s -> s.grammarPath().equals(grammarPath))
        .map(SlashSubcommand::discordPath)
        .findFirst()
        .orElse(grammarPath);
  }

  /** Help comes last, its topics being every subcommand before it. */
  private static List<SlashSubcommand> withHelp(List<SlashSubcommand> commands) {
    List<Choice> topics =
        commands.stream()
            .map(c -> new Choice(c.discordPath(), c.grammarPath()))
            .limit(MAX_CHOICES)
            .toList();
    SlashSubcommand help =
        same(
            "help",
            o ->
                new Help(
                    o.optionalText("topic").map(IncidentSlashCommands::words).orElse(List.of())),
            choice(OptionType.STRING, "topic", "<subcommand>", "a subcommand", topics));
    return Stream.concat(commands.stream(), Stream.of(help)).toList();
  }

  private static List<String> words(String path) {
    return Arrays.asList(path.strip().split("\\s+"));
  }
}
