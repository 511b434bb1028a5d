package dev.aiir.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.CriterionText;
import dev.aiir.commands.model.PhaseGate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A phase's {@code gate} in the configuration file: its metric {@code criteria} (each a check
 * {@code <query> <comparison> <threshold>}, or a map of {@code check} with {@code for}, {@code
 * every} and {@code failures}), and whether the bot promotes ({@code auto}) and halts ({@code
 * auto_halt}) by itself. A criterion the gate grammar refuses stops start-up with its line.
 */
final class GateConfig {
  private static final Set<String> KEYS = Set.of("auto", "auto_halt", "criteria");
  private static final Set<String> CRITERION_KEYS = Set.of("check", "for", "every", "failures");

  private final ConfigNodes nodes;

  GateConfig(ConfigNodes nodes) {
    this.nodes = nodes;
  }

  PhaseGate read(JsonNode node, String where) {
    if (!node.isObject()) {
      throw nodes.fail(where, "expected auto, auto_halt and criteria here");
    }
    nodes.onlyKeys(node, where, KEYS);
    JsonNode list = node.get("criteria");
    String criteriaPlace = ConfigNodes.path(where, "criteria");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw nodes.fail(criteriaPlace, "list the metric criteria, such as - 'error_ratio < 0.01'");
    }
    List<Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      criteria.add(criterion(list.get(i), criteriaPlace + "[" + (i + 1) + "]"));
    }
    try {
      return new PhaseGate(criteria, flag(node, "auto", where), flag(node, "auto_halt", where));
    } catch (IllegalArgumentException e) {
      throw nodes.fail(criteriaPlace, e.getMessage());
    }
  }

  private Criterion criterion(JsonNode node, String where) {
    CriterionText.Outcome outcome;
    if (node.isValueNode()) {
      outcome = CriterionText.parse(node.asText());
    } else if (node.isObject()) {
      nodes.onlyKeys(node, where, CRITERION_KEYS);
      outcome =
          CriterionText.parse(
              text(node, "check"), text(node, "for"), text(node, "every"), text(node, "failures"));
    } else {
      throw nodes.fail(where, "a criterion is a check such as 'error_ratio < 0.01'");
    }
    if (outcome instanceof CriterionText.Problem problem) {
      String key = optionOf(problem.text());
      String at = key == null || !node.has(key) ? where : ConfigNodes.path(where, key);
      throw nodes.failAt(at, where, withKeyNames(problem.text()));
    }
    return outcome.criterion();
  }

  private boolean flag(JsonNode gate, String key, String where) {
    JsonNode value = gate.get(key);
    if (value == null) {
      return false;
    }
    String text = value.asText().strip().toLowerCase(Locale.ROOT);
    if (Set.of("true", "yes", "on").contains(text)) {
      return true;
    }
    if (Set.of("false", "no", "off").contains(text)) {
      return false;
    }
    throw nodes.fail(ConfigNodes.path(where, key), "'" + text + "' is not true or false");
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || !value.isValueNode() ? null : value.asText();
  }

  /** The criterion's key a problem is about, such as {@code every}; null for the check. */
  private static String optionOf(String problem) {
    for (String key : List.of("for", "every", "failures")) {
      if (problem.startsWith("--" + key + " ")) {
        return key;
      }
    }
    return null;
  }

  /** The grammar names its options {@code --every}; the file names its keys {@code every}. */
  private static String withKeyNames(String problem) {
    return problem.replaceFirst("^--(for|every|failures) ", "$1 ");
  }
}
