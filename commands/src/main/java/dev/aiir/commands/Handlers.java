package dev.aiir.commands;

import dev.aiir.commands.action.AddActionHandler;
import dev.aiir.commands.action.CompleteActionHandler;
import dev.aiir.commands.action.ListActionsHandler;
import dev.aiir.commands.alert.DeclareAlertHandler;
import dev.aiir.commands.choice.DeclareFormHandler;
import dev.aiir.commands.export.ExportActionsHandler;
import dev.aiir.commands.export.PublishPirHandler;
import dev.aiir.commands.gate.AddGateHandler;
import dev.aiir.commands.gate.CheckGatesHandler;
import dev.aiir.commands.gate.ListGatesHandler;
import dev.aiir.commands.gate.RemoveGateHandler;
import dev.aiir.commands.grammar.CommandParser;
import dev.aiir.commands.grammar.HelpHandler;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.incident.AcknowledgeHandler;
import dev.aiir.commands.incident.AssignRoleHandler;
import dev.aiir.commands.incident.ChangeSeverityHandler;
import dev.aiir.commands.incident.DeclareHandler;
import dev.aiir.commands.incident.ListOpenHandler;
import dev.aiir.commands.incident.RecordRollbackHandler;
import dev.aiir.commands.incident.ResolveHandler;
import dev.aiir.commands.incident.SetImpactHandler;
import dev.aiir.commands.incident.SetRootCauseHandler;
import dev.aiir.commands.incident.ShowStatusHandler;
import dev.aiir.commands.insight.ReportHandler;
import dev.aiir.commands.manager.ChangeManagersHandler;
import dev.aiir.commands.manager.ListManagersHandler;
import dev.aiir.commands.nudge.SnoozeHandler;
import dev.aiir.commands.pir.CompletePirHandler;
import dev.aiir.commands.pir.DraftPirHandler;
import dev.aiir.commands.pir.ExportPirHandler;
import dev.aiir.commands.recovery.CompleteRecoveryStepHandler;
import dev.aiir.commands.recovery.ShowRecoveryHandler;
import dev.aiir.commands.rollout.HaltRolloutHandler;
import dev.aiir.commands.rollout.PromoteHandler;
import dev.aiir.commands.rollout.SetTrafficHandler;
import dev.aiir.commands.rollout.ShowRolloutHandler;
import dev.aiir.commands.rollout.StartRolloutHandler;
import dev.aiir.commands.timeline.LogHandler;
import dev.aiir.commands.timeline.PinMessageHandler;
import dev.aiir.commands.timeline.UnpinMessageHandler;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The one place where each kind of command meets its handler. */
final class Handlers {
  private final Map<Class<?>, Handler<?>> byCommand = new HashMap<>();

  Handlers(Core core, CommandParser parser) {
    List<Handler<?>> all =
        List.of(
            new DeclareHandler(core),
            new AcknowledgeHandler(core),
            new ChangeSeverityHandler(core),
            new LogHandler(core),
            new ShowStatusHandler(core),
            new AssignRoleHandler(core),
            new RecordRollbackHandler(core),
            new SetRootCauseHandler(core),
            new SetImpactHandler(core),
            new ShowRecoveryHandler(core),
            new CompleteRecoveryStepHandler(core),
            new StartRolloutHandler(core),
            new SetTrafficHandler(core),
            new PromoteHandler(core),
            new HaltRolloutHandler(core),
            new ShowRolloutHandler(core),
            new CheckGatesHandler(core),
            new AddGateHandler(core),
            new ListGatesHandler(core),
            new RemoveGateHandler(core),
            new AddActionHandler(core),
            new ListActionsHandler(core),
            new CompleteActionHandler(core),
            new ExportActionsHandler(core),
            new ResolveHandler(core),
            new DraftPirHandler(core),
            new ExportPirHandler(core),
            new CompletePirHandler(core),
            new PublishPirHandler(core),
            new ListOpenHandler(core),
            new ReportHandler(core),
            new PinMessageHandler(core),
            new UnpinMessageHandler(core),
            new SnoozeHandler(core),
            new ChangeManagersHandler(core),
            new ListManagersHandler(core),
            new DeclareFormHandler(),
            new DeclareAlertHandler(core),
            new HelpHandler(parser));
    all.forEach(handler -> byCommand.put(commandType(handler.getClass()), handler));
  }

  @SuppressWarnings("unchecked")
  <C extends IncidentCommand> Handler<C> forCommand(C command) {
    Handler<?> handler = byCommand.get(command.getClass());
    if (handler == null) {
      throw new IllegalStateException("no handler for " + command.getClass().getSimpleName());
    }
    return (Handler<C>) handler;
  }

  /** The command type a handler class declares, read from its generic superclass or interface. */
  private static Class<?> commandType(Class<?> handlerClass) {
    for (Class<?> c = handlerClass; c != null; c = c.getSuperclass()) {
      List<Type> candidates = new java.util.ArrayList<>(List.of(c.getGenericInterfaces()));
      candidates.add(c.getGenericSuperclass());
      for (Type type : candidates) {
        if (type instanceof ParameterizedType p
            && p.getActualTypeArguments()[0] instanceof Class<?> command
            && IncidentCommand.class.isAssignableFrom(command)) {
          return command;
        }
      }
    }
    throw new IllegalStateException(handlerClass + " declares no command type");
  }
}
