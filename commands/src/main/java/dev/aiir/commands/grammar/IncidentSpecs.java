package dev.aiir.commands.grammar;

import dev.aiir.commands.chat.UserRef;
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
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimeInput;
import dev.aiir.commands.timeline.Log;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The subcommands that open, describe and change an incident. */
final class IncidentSpecs {
  private IncidentSpecs() {}

  @Command(name = "declare", description = "Open an incident; you become its commander.")
  static final class DeclareSpec extends SubcommandSpec {
    @Option(names = "--sev", paramLabel = "1-4", description = "severity, SEV-3 if not given")
    Severity severity = Severity.SEV3;

    @Option(names = "--detected", paramLabel = "TIME", description = "when the alert fired")
    TimeInput detected;

    @Option(names = "--model", paramLabel = "NAME@VERSION", description = "the affected model")
    String model;

    @Parameters(
        paramLabel = "<title>",
        arity = "0..*",
        description = "what is wrong (leave it out to fill in a form)")
    List<String> title;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      if (title == null || title.isEmpty()) {
        return new DeclareFormRequest(
            severity, Optional.ofNullable(detected), Optional.ofNullable(model));
      }
      return new Declare(
          text.from(0), severity, Optional.ofNullable(detected), Optional.ofNullable(model));
    }
  }

  @Command(name = "ack", description = "Confirm as the on-call responder.")
  static final class AckSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new Acknowledge(target.value());
    }
  }

  @Command(name = "sev", description = "Change the severity (commander or incident admin).")
  static final class SevSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(index = "0", paramLabel = "<1-4>", description = "the new severity")
    Severity severity;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "<reason>", description = "why")
    List<String> reason;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new ChangeSeverity(target.value(), severity, text.from(1));
    }
  }

  @Command(name = "log", description = "Add a note to the timeline, backdated with --at.")
  static final class LogSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Option(names = "--at", paramLabel = "TIME", description = "when it happened (HH:MM or ISO)")
    TimeInput at;

    @Parameters(paramLabel = "<text>", arity = "1..*", description = "the note")
    List<String> words;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new Log(target.value(), Optional.ofNullable(at), text.from(0));
    }
  }

  @Command(name = "status", description = "The incident at a glance.")
  static final class StatusSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new ShowStatus(target.value());
    }
  }

  @Command(name = "role", description = "Assign commander, comms or scribe.")
  static final class RoleSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(index = "0", paramLabel = "<commander|comms|scribe>", description = "the role")
    Role role;

    @Parameters(index = "1", paramLabel = "<@user>", description = "who takes it")
    UserRef user;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new AssignRole(target.value(), role, user);
    }
  }

  @Command(name = "rollback", description = "Record a model rollback.")
  static final class RollbackSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(index = "0", paramLabel = "<model>", description = "the model")
    String model;

    @Parameters(index = "1", paramLabel = "<version>", description = "the version now serving")
    String version;

    @Parameters(index = "2..*", arity = "0..*", paramLabel = "<reason>", description = "why")
    List<String> reason;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new RecordRollback(target.value(), model, version, text.from(2));
    }
  }

  @Command(name = "rootcause", description = "Set the root cause.")
  static final class RootCauseSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(paramLabel = "<text>", arity = "1..*", description = "what caused it")
    List<String> words;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new SetRootCause(target.value(), text.from(0));
    }
  }

  @Command(name = "impact", description = "Set the impact statement.")
  static final class ImpactSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(paramLabel = "<text>", arity = "1..*", description = "who was affected, how")
    List<String> words;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new SetImpact(target.value(), text.from(0));
    }
  }

  @Command(name = "resolve", description = "Resolve; starts the 72-hour PIR clock.")
  static final class ResolveSpec extends SubcommandSpec {
    @Mixin TargetOption target;

    @Parameters(arity = "0..*", paramLabel = "<summary>", description = "how it ended")
    List<String> words;

    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new Resolve(target.value(), text.from(0));
    }
  }

  @Command(name = "list", description = "Open incidents of this workspace or guild.")
  static final class ListSpec extends SubcommandSpec {
    @Override
    IncidentCommand toCommand(WrittenText text) {
      return new ListOpen();
    }
  }
}
