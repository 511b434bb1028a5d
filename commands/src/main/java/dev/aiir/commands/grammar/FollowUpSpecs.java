package dev.aiir.commands.grammar;

import dev.aiir.commands.action.AddAction;
import dev.aiir.commands.action.CompleteAction;
import dev.aiir.commands.action.ListActions;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.export.ExportActions;
import dev.aiir.commands.export.PublishPir;
import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.RecoveryStep;
import dev.aiir.commands.pir.CompletePir;
import dev.aiir.commands.pir.DraftPir;
import dev.aiir.commands.pir.ExportFormat;
import dev.aiir.commands.pir.ExportPir;
import dev.aiir.commands.recovery.CompleteRecoveryStep;
import dev.aiir.commands.recovery.ShowRecovery;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The subcommands of recovery and review: the checklist, action items and the PIR. */
final class FollowUpSpecs {
  private FollowUpSpecs() {}

  /** A group such as {@code action}: run alone, it asks for one of its subcommands. */
  abstract static class GroupSpec extends SubcommandSpec {
    @Override
    IncidentCommand toCommand(WrittenText text) {
      throw new UsageError("Say which one: " + choices() + ".", null);
    }

    abstract String choices();
  }

  @Command(
      name = "action",
      description = "Action items: add, list, done, export.",
      subcommands = {
        ActionAddSpec.class,
        ActionListSpec.class,
        ActionDoneSpec.class,
        ActionExportSpec.class
      })
  static final class ActionSpec extends GroupSpec {
    @Override
    String choices() {
      return "`action add <P0|P1|P2> <text>`, `action list`, `action done <n>` or `action export`";
    }
  }

  @Command(
      name = "export",
      description = "Export the action items to an issue tracker, one issue each (again: updates).")
  static final class ActionExportSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Option(
        names = "--to",
        paramLabel = "<github|gitlab|jira>",
        description = "the tracker; the workspace's own if not given")
    ExportTarget to;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new ExportActions(target.value(), Optional.ofNullable(to));
    }
  }

  @Command(name = "add", description = "Add an action item.")
  static final class ActionAddSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Option(names = "--owner", paramLabel = "@user", description = "who will do it")
    UserRef owner;

    @Parameters(index = "0", paramLabel = "<P0|P1|P2>", description = "priority")
    Priority priority;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<text>", description = "the item")
    List<String> words;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new AddAction(target.value(), priority, text.from(1), Optional.ofNullable(owner));
    }
  }

  @Command(name = "list", description = "List the action items.")
  static final class ActionListSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new ListActions(target.value());
    }
  }

  @Command(name = "done", description = "Tick off action item <n>.")
  static final class ActionDoneSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(index = "0", paramLabel = "<n>", description = "the item's number")
    int number;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new CompleteAction(target.value(), number);
    }
  }

  @Command(
      name = "recovery",
      description = "Show the remediation checklist: root-cause, data, retrain, validate.",
      subcommands = {RecoveryDoneSpec.class})
  static final class RecoverySpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new ShowRecovery(target.value());
    }
  }

  @Command(name = "done", description = "Tick a recovery step.")
  static final class RecoveryDoneSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(
        index = "0",
        paramLabel = "<step>",
        description = "root-cause|data|retrain|validate")
    RecoveryStep step;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "<note>", description = "a note")
    List<String> note;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new CompleteRecoveryStep(target.value(), step, text.from(1));
    }
  }

  @Command(
      name = "pir",
      description = "The post-incident review: draft, export, publish, done.",
      subcommands = {
        PirDraftSpec.class,
        PirExportSpec.class,
        PirPublishSpec.class,
        PirDoneSpec.class
      })
  static final class PirSpec extends GroupSpec {
    @Override
    String choices() {
      return "`pir draft`, `pir export [md|json]`, `pir publish` or `pir done <link>`";
    }
  }

  @Command(
      name = "publish",
      description = "Publish the draft as a page in the team's wiki (again: updates it in place).")
  static final class PirPublishSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Option(
        names = "--to",
        paramLabel = "<confluence|notion|github-wiki|gitlab-wiki>",
        description = "the wiki; the workspace's own if not given")
    ExportTarget to;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new PublishPir(target.value(), Optional.ofNullable(to));
    }
  }

  @Command(name = "export", description = "Upload the draft as a Markdown or JSON file.")
  static final class PirExportSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(
        arity = "0..1",
        paramLabel = "<md|json>",
        description = "the format, md if not given")
    ExportFormat format = ExportFormat.MD;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new ExportPir(target.value(), format == null ? ExportFormat.MD : format);
    }
  }

  @Command(name = "done", description = "Mark the PIR complete with its link; closes the incident.")
  static final class PirDoneSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(index = "0", paramLabel = "<link>", description = "where the review is")
    String link;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new CompletePir(target.value(), link);
    }
  }

  @Command(name = "draft", description = "Draft the review from the record.")
  static final class PirDraftSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new DraftPir(target.value());
    }
  }
}
