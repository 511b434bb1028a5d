package dev.aiir.commands.choice;

import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.HandlingMessages;
import dev.aiir.commands.handling.IncidentCommand;
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
import java.util.function.BiFunction;

/**
 * Presses and form submissions: each runs the command its id names, as the person who pressed,
 * through the same handler as the typed command, guarded so that an outdated button changes
 * nothing. A button that needs more (a confirmation, a reason) answers with its form first; the
 * form is checked against the incident's state before it opens and again when it is submitted.
 */
public final class Choices {
  private final Core core;
  private final BiFunction<CommandContext, IncidentCommand, Reply> commands;

  public Choices(Core core, BiFunction<CommandContext, IncidentCommand, Reply> commands) {
    this.core = core;
    this.commands = commands;
  }

  public ChoiceStep press(CommandContext context, String choiceId) {
    Optional<ChoiceId> id = ChoiceId.parse(choiceId);
    if (id.isEmpty()) {
      return new ChoiceStep.Answer(Pressed.refused(ChoiceMessages.unknown()));
    }
    if (!needsForm(id.get().kind())) {
      return new ChoiceStep.Answer(run(context, id.get(), Map.of(), Optional.empty()));
    }
    Prepared prepared = prepare(context, id.get());
    return prepared.form() != null
        ? new ChoiceStep.Ask(prepared.form())
        : new ChoiceStep.Answer(Pressed.refused(prepared.refusal()));
  }

  public Pressed submit(CommandContext context, String formId, Map<String, String> values) {
    Optional<ChoiceId> id = ChoiceId.parse(formId);
    if (id.isEmpty()) {
      return Pressed.refused(ChoiceMessages.unknown());
    }
    if (!needsForm(id.get().kind())) {
      return run(context, id.get(), values, Optional.empty());
    }
    Prepared prepared = prepare(context, id.get());
    if (prepared.refusal() != null) {
      return Pressed.refused(prepared.refusal());
    }
    return run(context, id.get(), values, Optional.of(prepared.form()));
  }

  private static boolean needsForm(ChoiceKind kind) {
    return switch (kind) {
      case PROMOTE, HALT, MARK_PIR_DONE, POST_UPDATE, DECLARE -> true;
      case ROLLOUT_STATUS, DRAFT_PIR, SNOOZE -> false;
    };
  }

  private Pressed run(
      CommandContext context, ChoiceId id, Map<String, String> values, Optional<Form> form) {
    IncidentCommand command;
    try {
      command = ChoiceCommands.of(id, values, form);
    } catch (FieldProblem problem) {
      return new Pressed(
          Reply.refusal(problem.getMessage()),
          Optional.empty(),
          false,
          Map.of(problem.key(), problem.getMessage()));
    }
    Reply reply = commands.apply(context.guardedBy(ChoiceGuards.of(id)), command);
    if (reply.refused() || !id.kind().acts()) {
      return Pressed.refused(reply);
    }
    String record = ChoiceMessages.pressed(id.kind(), context.user(), core.now());
    return new Pressed(reply, Optional.of(record), id.kind().settles(), Map.of());
  }

  /** A button's form, or why the button no longer applies; exactly one of the two is set. */
  private record Prepared(Form form, Reply refusal) {
    static Prepared refusing(Reply refusal) {
      return new Prepared(null, refusal);
    }

    static Prepared refusing(String text) {
      return refusing(Reply.refusal(text));
    }
  }

  private Prepared prepare(CommandContext context, ChoiceId id) {
    if (id.kind() == ChoiceKind.DECLARE) {
      return new Prepared(ChoiceForms.declare(Severity.SEV3, "", ""), null);
    }
    IncidentId target = id.incident().orElseThrow();
    return core.store()
        .inTransaction(
            context.tenant(),
            tx -> {
              Optional<Incident> incident = tx.incidents().find(target);
              if (incident.isEmpty()) {
                return Prepared.refusing(HandlingMessages.notFound(id.incident()));
              }
              Optional<String> outdated = ChoiceGuards.of(id).refusal(tx, incident.get());
              return outdated.isPresent()
                  ? Prepared.refusing(outdated.get())
                  : formOf(context, id, tx, incident.get());
            });
  }

  private Prepared formOf(CommandContext context, ChoiceId id, TenantStore tx, Incident incident) {
    return switch (id.kind()) {
      case PROMOTE -> rolloutForm(context, id, tx, incident, "promote the rollout of");
      case HALT -> rolloutForm(context, id, tx, incident, "halt the rollout of");
      case MARK_PIR_DONE -> new Prepared(ChoiceForms.markPirDone(id, incident), null);
      case POST_UPDATE -> new Prepared(ChoiceForms.postUpdate(id, incident), null);
      case ROLLOUT_STATUS, DRAFT_PIR, SNOOZE, DECLARE ->
          throw new IllegalStateException(id.kind() + " has no form");
    };
  }

  /** Promote and halt are refused before their form opens to someone who may not run them. */
  private Prepared rolloutForm(
      CommandContext context, ChoiceId id, TenantStore tx, Incident incident, String action) {
    Optional<Reply> notAllowed = Permissions.requireManager(incident, context, action);
    if (notAllowed.isPresent()) {
      return Prepared.refusing(notAllowed.get());
    }
    RolloutPlan plan = core.settings().rolloutPlan();
    Optional<Rollout> rollout = tx.rollouts().of(incident.id());
    PhaseRun run = rollout.orElseThrow().current();
    if (id.kind() == ChoiceKind.HALT) {
      return new Prepared(ChoiceForms.halt(id, incident, run.phaseName()), null);
    }
    Optional<Phase> phase = plan.find(run.phaseKey());
    if (phase.isEmpty()) {
      return Prepared.refusing(RolloutMessages.staleRun(incident.id(), run, plan));
    }
    return new Prepared(
        ChoiceForms.promote(id, incident, phase.get(), plan.next(phase.get())), null);
  }
}
