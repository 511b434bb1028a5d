package dev.aiir.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserMentions;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.AlertRouting;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.LabelMatcher;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.SeverityMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the configuration file's {@code alerts}: {@code sources} (each source's credential, from an
 * environment variable or a file, never written in the file itself), a default {@code severity}
 * mapping, the {@code routes} in order and an optional {@code default} route.
 */
final class AlertsSection {
  private static final String WHERE = "alerts";
  private static final Set<String> ROUTE_KEYS =
      Set.of(
          "name",
          "match",
          "match_re",
          "workspace",
          "channel",
          "mode",
          "severity",
          "group",
          "auto_resolve",
          "commander");
  private final ConfigNodes nodes;
  private final AlertSources sources;
  private final Map<String, String> env;

  AlertsSection(ConfigNodes nodes, Map<String, String> env) {
    this.nodes = nodes;
    this.sources = new AlertSources(nodes, env);
    this.env = env;
  }

  AlertsConfig read(JsonNode alerts) {
    nodes.requireObject(alerts, WHERE);
    nodes.onlyKeys(alerts, WHERE, Set.of("sources", "severity", "routes", "default"));
    JsonNode sourceNode = alerts.get("sources");
    if (sourceNode == null && !AlertsEnvironment.credentials(env)) {
      throw nodes.fail(
          WHERE,
          "name the sources that may post alerts under sources (or set "
              + AlertsEnvironment.TOKEN
              + ")");
    }
    Map<AlertSource, AlertSourceSettings> read =
        sourceNode == null ? Map.of() : sources.read(sourceNode, WHERE + ".sources");
    SeverityMap severities =
        alerts.has("severity")
            ? severity(alerts.get("severity"), WHERE + ".severity", SeverityMap.standard())
            : SeverityMap.standard();
    List<AlertRoute> routes = new ArrayList<>();
    JsonNode list = alerts.get("routes");
    if (list != null) {
      if (!list.isArray()) {
        throw nodes.fail(WHERE + ".routes", "list the routes, each with workspace and channel");
      }
      for (int i = 0; i < list.size(); i++) {
        routes.add(route(list.get(i), WHERE + ".routes[" + (i + 1) + "]", severities, true));
      }
    }
    Optional<AlertRoute> fallback =
        alerts.has("default")
            ? Optional.of(route(alerts.get("default"), WHERE + ".default", severities, false))
            : Optional.empty();
    if (routes.isEmpty() && fallback.isEmpty() && !AlertsEnvironment.routes(env)) {
      throw nodes.fail(
          WHERE,
          "list routes, a default route, or both (or set " + AlertsEnvironment.CHANNEL + ")");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < routes.size(); i++) {
      if (!names.add(routes.get(i).name())) {
        throw nodes.fail(
            WHERE + ".routes[" + (i + 1) + "].name",
            "another route is named '" + routes.get(i).name() + "'");
      }
    }
    return new AlertsConfig(read, new AlertRouting(routes, fallback));
  }

  private AlertRoute route(JsonNode node, String where, SeverityMap base, boolean matching) {
    nodes.requireObject(node, where);
    Set<String> allowed = new HashSet<>(ROUTE_KEYS);
    if (!matching) {
      allowed.removeAll(Set.of("match", "match_re"));
    }
    nodes.onlyKeys(node, where, allowed);
    String name = node.has("name") ? nodes.text(node, where, "name") : where.substring(7);
    List<LabelMatcher> matchers = new ArrayList<>();
    matchers.addAll(matchers(node.get("match"), where + ".match", LabelMatcher.Op.EQUAL));
    matchers.addAll(matchers(node.get("match_re"), where + ".match_re", LabelMatcher.Op.REGEX));
    Tenant tenant = tenant(nodes.text(node, where, "workspace"), where + ".workspace");
    String channel = nodes.text(node, where, "channel");
    AlertRoute.Mode mode = mode(node, where);
    SeverityMap severities =
        node.has("severity") ? severity(node.get("severity"), where + ".severity", base) : base;
    Optional<UserRef> commander = Optional.empty();
    if (node.has("commander")) {
      String text = nodes.text(node, where, "commander");
      commander =
          Optional.of(
              UserMentions.parse(text)
                  .orElseThrow(
                      () ->
                          nodes.fail(
                              where + ".commander",
                              "'"
                                  + text
                                  + "' is not a user id such as U0123ABC or <@U0123ABC|maya>")));
    }
    return new AlertRoute(
        name,
        matchers,
        tenant,
        channel,
        mode,
        severities,
        flag(node, where, "group"),
        flag(node, where, "auto_resolve"),
        commander);
  }

  private List<LabelMatcher> matchers(JsonNode node, String where, LabelMatcher.Op op) {
    List<LabelMatcher> matchers = new ArrayList<>();
    if (node == null) {
      return matchers;
    }
    nodes.requireObject(node, where);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String at = where + "." + entry.getKey();
      if (!entry.getValue().isValueNode()) {
        throw nodes.fail(at, "a label's value is one word or number");
      }
      try {
        matchers.add(new LabelMatcher(entry.getKey(), op, entry.getValue().asText()));
      } catch (PatternSyntaxException e) {
        throw nodes.fail(
            at,
            "'"
                + entry.getValue().asText()
                + "' is not a regular expression: "
                + e.getDescription());
      }
    }
    return matchers;
  }

  private AlertRoute.Mode mode(JsonNode node, String where) {
    String text = node.has("mode") ? nodes.text(node, where, "mode") : "declare";
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "declare" -> AlertRoute.Mode.DECLARE;
      case "offer" -> AlertRoute.Mode.OFFER;
      default ->
          throw nodes.fail(
              where + ".mode",
              "'"
                  + text
                  + "' is neither declare (open an incident) nor offer (post a Declare"
                  + " button)");
    };
  }

  private boolean flag(JsonNode node, String where, String key) {
    JsonNode value = node.get(key);
    if (value == null) {
      return false;
    }
    if (!value.isBoolean()) {
      throw nodes.fail(where + "." + key, "'" + value.asText() + "' is neither true nor false");
    }
    return value.booleanValue();
  }

  /**
   * {@code label}, {@code levels} and {@code default}; what is not given comes from {@code base}.
   */
  private SeverityMap severity(JsonNode node, String where, SeverityMap base) {
    nodes.requireObject(node, where);
    nodes.onlyKeys(node, where, Set.of("label", "levels", "default"));
    String label = node.has("label") ? nodes.text(node, where, "label") : base.label();
    var levels = base.levels();
    JsonNode given = node.get("levels");
    if (given != null) {
      nodes.requireObject(given, where + ".levels");
      var read = new LinkedHashMap<String, Severity>();
      given
          .fields()
          .forEachRemaining(
              e -> read.put(e.getKey(), level(e.getValue(), where + ".levels." + e.getKey())));
      levels = read;
    }
    var fallback =
        node.has("default") ? level(node.get("default"), where + ".default") : base.fallback();
    return new SeverityMap(label, levels, fallback);
  }

  private Severity level(JsonNode value, String where) {
    return Severity.parse(value.asText())
        .orElseThrow(
            () -> nodes.fail(where, "'" + value.asText() + "' is not a severity from 1 to 4"));
  }

  private Tenant tenant(String text, String where) {
    return ConfigNodes.tenantOf(text)
        .orElseThrow(
            () ->
                nodes.fail(
                    where,
                    "'"
                        + text
                        + "' is not a workspace such as slack:T0123ABC, discord:<guild id> or"
                        + " console:console"));
  }
}
