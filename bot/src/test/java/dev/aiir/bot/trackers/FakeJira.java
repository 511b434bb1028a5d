package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira Cloud's REST API v3 for one project as aiir uses it: who am I, the project, my permissions,
 * issues (create, edit) and the JQL search by label, behind basic authentication with an e-mail and
 * API token.
 */
final class FakeJira extends FakeVendor {
  static final String EMAIL = "aiir-bot@acme.example";
  private static final Pattern LABEL = Pattern.compile("labels = \"([^\"]+)\"");
  final Map<String, ObjectNode> issues = new LinkedHashMap<>();
  boolean mayCreate = true;

  FakeJira(String token) {
    super(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((EMAIL + ":" + token).getBytes(StandardCharsets.UTF_8)));
    on(
        "GET",
        "/rest/api/3/myself",
        (r, m) -> Response.json(200, Map.of("accountId", "5b10", "displayName", "aiir bot")));
    on(
        "GET",
        "/rest/api/3/project/OPS",
        (r, m) -> Response.json(200, Map.of("key", "OPS", "name", "Operations")));
    on("GET", "/rest/api/3/mypermissions", (r, m) -> Response.json(200, permissions()));
    on("POST", "/rest/api/3/issue", (r, m) -> Response.json(201, create(r.json())));
    on("PUT", "/rest/api/3/issue/([A-Z]+-\\d+)", (r, m) -> edit(m.group(1), r.json()));
    on("GET", "/rest/api/3/search/jql", (r, m) -> Response.json(200, search(r.query().get("jql"))));
  }

  private ObjectNode permissions() {
    ObjectNode answer = JSON.createObjectNode();
    ObjectNode permissions = answer.putObject("permissions");
    for (String key : new String[] {"CREATE_ISSUES", "EDIT_ISSUES"}) {
      permissions.putObject(key).put("key", key).put("havePermission", mayCreate);
    }
    return answer;
  }

  private synchronized ObjectNode create(JsonNode body) {
    String key = "OPS-" + (issues.size() + 1);
    ObjectNode issue = JSON.createObjectNode().put("key", key);
    issue.set("fields", body.path("fields").deepCopy());
    issues.put(key, issue);
    return JSON.createObjectNode()
        .put("id", Integer.toString(10000 + issues.size()))
        .put("key", key)
        .put("self", url() + "/rest/api/3/issue/" + key);
  }

  private synchronized Response edit(String key, JsonNode body) {
    ObjectNode issue = issues.get(key);
    if (issue == null) {
      return Response.json(
          404,
          Map.of(
              "errorMessages",
              new String[] {"Issue does not exist or you do not have permission to see it."},
              "errors",
              Map.of()));
    }
    body.path("fields")
        .fields()
        .forEachRemaining(e -> ((ObjectNode) issue.path("fields")).set(e.getKey(), e.getValue()));
    return new Response(204, Map.of(), "");
  }

  private synchronized ObjectNode search(String jql) {
    Matcher label = LABEL.matcher(jql == null ? "" : jql);
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode found = answer.putArray("issues");
    if (label.find()) {
      issues.values().stream().filter(i -> labels(i).contains(label.group(1))).forEach(found::add);
    }
    answer.put("isLast", true);
    return answer;
  }

  private static java.util.List<String> labels(JsonNode issue) {
    java.util.List<String> labels = new java.util.ArrayList<>();
    issue.path("fields").path("labels").forEach(l -> labels.add(l.asText()));
    return labels;
  }
}
