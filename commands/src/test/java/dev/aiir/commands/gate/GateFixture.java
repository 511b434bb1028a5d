package dev.aiir.commands.gate;

import static dev.aiir.commands.testing.BotFixture.TENANT;

import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.CriterionText;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.ManagerDirectory;
import dev.aiir.commands.model.Managers;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.FakeMetrics;
import dev.aiir.commands.testing.RecordingChat.Sent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The core with a plan whose Canary has metric criteria, and a metrics system tests set. */
final class GateFixture {
  static final String ID = "AI-IR-2026-001";
  static final String ACCURACY = "eval_accuracy{model=\"$model\"} >= 0.8";
  static final String ACCURACY_SENT = "eval_accuracy{model=\"assistant\"}";
  static final ManagerDirectory MANAGERS =
      new ManagerDirectory(
          Managers.none(), Map.of(TENANT, new Managers(Optional.of("CMGR"), List.of())));

  final FakeMetrics metrics = new FakeMetrics();
  final BotFixture bot;

  GateFixture(PhaseGate canary) {
    this.bot =
        new BotFixture(
            "2026-03-12T14:00:00Z",
            CoreSettings.defaults().withRolloutPlan(plan(canary)).withManagers(MANAGERS),
            metrics);
  }

  static RolloutPlan plan(PhaseGate canary) {
    List<Phase> phases = new ArrayList<>(RolloutPlan.defaults().phases());
    phases.set(0, phases.get(0).withGate(canary));
    return new RolloutPlan(phases);
  }

  /** Canary's gate: these checks (with {@code --for}, {@code --every}, {@code --failures}). */
  static PhaseGate gate(boolean autoPromote, boolean autoHalt, String... checks) {
    return new PhaseGate(
        java.util.Arrays.stream(checks).map(c -> CriterionText.parse(c).criterion()).toList(),
        autoPromote,
        autoHalt);
  }

  void declareAndStart() {
    bot.run("declare Assistant gives degraded answers --sev 2 --model assistant@v3.2");
    bot.run("rollout start --traffic 2%");
  }

  static TimerKey gateKey(String phase) {
    return TimerKey.of(TENANT, new IncidentId(ID), "gate", phase);
  }

  List<String> postsTo(String channel) {
    return bot.chat.posts().stream().filter(s -> s.to().equals(channel)).map(Sent::text).toList();
  }

  List<String> postsTitled(String start) {
    return postsTo("C1").stream().filter(t -> t.startsWith(start)).toList();
  }

  long asked(String query) {
    return metrics.asked().stream().filter(a -> a.query().equals(query)).count();
  }
}
