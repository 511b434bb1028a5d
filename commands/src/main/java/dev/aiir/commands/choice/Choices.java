package dev.aiir.commands.choice;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.HandlingMessages;
import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.handling.IncidentGuard;
import dev.aiir.commands.handling.Permissions;
import dev.aiir.commands.model.ChoiceId;
import dev.aiir.commands.model.ChoiceKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.rollout.RolloutMessages;
import java.util.Map;
import java.util.Optional;

/**
 * Presses and form submissions: each runs the command its id names, as the person who pressed,
 * through the same handler as the typed command, guarded so that an outdated button changes
 * nothing. A button that needs more (a confirmation, a reason) answers with its form first; the
 * form is checked against the incident's state before it opens and again when it is submitted.
 */
public final class Choices {
  private final Core core;
  private final Runner commands;

  /** Runs a command as the front door does, while {@code guard} holds of its incident. */
  @FunctionalInterface
  public interface Runner {
    Reply run(CommandContext context, IncidentCommand command, IncidentGuard guard);
  }

  public Choices(Core core, Runner commands) {
    this.core = core;
    this.commands = commands;
  }

  public ChoiceStep press(CommandContext context, String choiceId) {
    Optional<ChoiceId> id = ChoiceId.parse(choiceId);
    if (id.isEmpty()) {
      return new ChoiceStep.Answer(Pressed.refused(ChoiceMessages.unknown()));
    }
    if (!needsForm(id.get().kind())) {
      return new ChoiceStep.Answer(run(context, id.get(), Map.of()));
    }
    return prepare(context, id.get());
  }

  /**
   * Runs a submitted form's command in one transaction: the answers are read against the kind's
   * fields, and the incident's state is checked once, by the button's guard and the command's
   * handler, inside the command's own transaction.
   */
  public Pressed submit(CommandContext context, String formId, Map<String, String> values) {
    Optional<ChoiceId> id = ChoiceId.parse(formId);
    if (id.isEmpty()) {
      return Pressed.refused(ChoiceMessages.unknown());
    }
    return run(context, id.get(), values);
  }

  private static boolean needsForm(ChoiceKind kind) {
    return switch (kind) {
      case PROMOTE, HALT, MARK_PIR_DONE, POST_UPDATE, DECLARE -> true;
      case ROLLOUT_STATUS, DRAFT_PIR, SNOOZE, DECLARE_ALERT -> false;
    };
  }

  private Pressed run(CommandContext context, ChoiceId id, Map<String, String> values) {
    IncidentCommand command;
    try {
      command = ChoiceCommands.of(id, values, ChoiceForms.fields(id.kind()));
    } catch (FieldProblem problem) {
      return new Pressed(
          Reply.refusal(problem.getMessage()),
          Optional.empty(),
          false,
          Map.of(problem.key(), problem.getMessage()));
    }
    Reply reply = commands.run(context, command, ChoiceGuards.of(id));
    if (reply.refused() || !id.kind().acts()) {
      return Pressed.refused(reply);
    }
    String record = ChoiceMessages.pressed(id.kind(), context.user(), core.now());
    return new Pressed(reply, Optional.of(record), id.kind().settles(), Map.of());
  }

  private static ChoiceStep refusing(Reply refusal) {
    return new ChoiceStep.Answer(Pressed.refused(refusal));
  }

  private static ChoiceStep refusing(String text) {
    return refusing(Reply.refusal(text));
  }

  private ChoiceStep prepare(CommandContext context, ChoiceId id) {
    if (id.kind() == ChoiceKind.DECLARE) {
      return new ChoiceStep.Ask(ChoiceForms.declare(Severity.SEV3, "", ""));
    }
    IncidentId target = id.incident().orElseThrow();
    return core.store()
        .inTransaction(
            context.tenant(),
            tx -> {
              Optional<Incident> incident = tx.incidents().find(target);
              if (incident.isEmpty()) {
                return refusing(HandlingMessages.notFound(id.incident()));
              }
              Optional<String> outdated = ChoiceGuards.of(id).refusal(tx, incident.get());
              return outdated.isPresent()
                  ? refusing(outdated.get())
                  : formOf(context, id, tx, incident.get());
            });
  }

  private ChoiceStep formOf(
      CommandContext context, ChoiceId id, TenantStore tx, Incident incident) {
    return switch (id.kind()) {
      case PROMOTE -> rolloutForm(context, id, tx, incident, "promote the rollout of");
      case HALT -> rolloutForm(context, id, tx, incident, "halt the rollout of");
      case MARK_PIR_DONE -> new ChoiceStep.Ask(ChoiceForms.markPirDone(id, incident));
      case POST_UPDATE -> new ChoiceStep.Ask(ChoiceForms.postUpdate(id, incident));
      case ROLLOUT_STATUS, DRAFT_PIR, SNOOZE, DECLARE, DECLARE_ALERT ->
          throw new IllegalStateException(id.kind() + " has no form");
    };
  }

  /** Promote and halt are refused before their form opens to someone who may not run them. */
  private ChoiceStep rolloutForm(
      CommandContext context, ChoiceId id, TenantStore tx, Incident incident, String action) {
    Optional<Reply> notAllowed = Permissions.requireManager(incident, context, action);
    if (notAllowed.isPresent()) {
      return refusing(notAllowed.get());
    }
    RolloutPlan plan = core.settings().rolloutPlan();
    Optional<Rollout> rollout = tx.rollouts().of(incident.id());
    PhaseRun run = rollout.orElseThrow().current();
    if (id.kind() == ChoiceKind.HALT) {
      return new ChoiceStep.Ask(ChoiceForms.halt(id, incident, run.phaseName()));
    }
    Optional<Phase> phase = plan.find(run.phaseKey());
    if (phase.isEmpty()) {
      return refusing(RolloutMessages.staleRun(incident.id(), run, plan));
    }
    return new ChoiceStep.Ask(
        ChoiceForms.promote(id, incident, phase.get(), plan.next(phase.get())));
  }
}
