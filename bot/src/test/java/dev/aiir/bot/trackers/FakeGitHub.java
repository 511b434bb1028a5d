package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * GitHub's REST API for one repository as aiir uses it: the repository, its issues (create, edit,
 * list by label) and its contents (read and write a file with its sha), behind a bearer token.
 */
final class FakeGitHub extends FakeVendor {
  static final String REPO = "acme/ml-platform";
  final Map<Integer, ObjectNode> issues = new LinkedHashMap<>();
  final Map<String, ObjectNode> files = new LinkedHashMap<>();
  boolean push = true;

  FakeGitHub(String token) {
    super("Authorization", "Bearer " + token);
    String repo = "/repos/" + REPO;
    on("GET", repo, (r, m) -> Response.json(200, repository()));
    on("GET", repo + "/issues", (r, m) -> Response.json(200, list(r.query().get("labels"))));
    on("POST", repo + "/issues", (r, m) -> Response.json(201, create(r.json())));
    on("PATCH", repo + "/issues/(\\d+)", (r, m) -> edit(Integer.parseInt(m.group(1)), r.json()));
    on("GET", repo + "/contents/(.+)", (r, m) -> file(m.group(1)));
    on("PUT", repo + "/contents/(.+)", (r, m) -> put(m.group(1), r.json()));
  }

  private synchronized ObjectNode repository() {
    ObjectNode repo = JSON.createObjectNode().put("full_name", REPO).put("has_issues", true);
    repo.putObject("permissions")
        .put("admin", false)
        .put("push", push)
        .put("triage", push)
        .put("pull", true);
    return repo;
  }

  private synchronized ArrayNode list(String label) {
    ArrayNode list = JSON.createArrayNode();
    issues.values().stream()
        .filter(i -> label == null || i.path("labels").findValuesAsText("name").contains(label))
        .forEach(list::add);
    return list;
  }

  private synchronized ObjectNode create(JsonNode body) {
    int number = issues.size() + 1;
    ObjectNode issue =
        JSON.createObjectNode()
            .put("number", number)
            .put("html_url", "https://github.com/" + REPO + "/issues/" + number)
            .put("state", "open");
    issue.set("title", body.path("title"));
    issue.set("body", body.path("body"));
    ArrayNode labels = issue.putArray("labels");
    body.path("labels").forEach(l -> labels.addObject().put("name", l.asText()));
    issue.set("assignees", body.path("assignees"));
    issues.put(number, issue);
    return issue;
  }

  private synchronized Response edit(int number, JsonNode body) {
    ObjectNode issue = issues.get(number);
    if (issue == null) {
      return Response.json(404, Map.of("message", "Not Found"));
    }
    body.fields()
        .forEachRemaining(
            e -> {
              if (!e.getKey().equals("labels")) {
                issue.set(e.getKey(), e.getValue());
              }
            });
    return Response.json(200, issue);
  }

  private synchronized Response file(String path) {
    ObjectNode file = files.get(path);
    return file == null
        ? Response.json(404, Map.of("message", "Not Found"))
        : Response.json(200, file);
  }

  private synchronized Response put(String path, JsonNode body) {
    ObjectNode existing = files.get(path);
    String sha = body.path("sha").asText(null);
    if (existing != null && !existing.path("sha").asText().equals(sha)) {
      return Response.json(
          sha == null ? 422 : 409,
          Map.of(
              "message",
              sha == null ? "\"sha\" wasn't supplied." : path + " does not match " + sha));
    }
    String newSha = UUID.randomUUID().toString().replace("-", "");
    ObjectNode file =
        JSON.createObjectNode()
            .put("path", path)
            .put("sha", newSha)
            .put("content", body.path("content").asText())
            .put("html_url", "https://github.com/" + REPO + "/blob/main/" + path);
    files.put(path, file);
    ObjectNode answer = JSON.createObjectNode();
    answer.set("content", file);
    answer.putObject("commit").put("sha", UUID.randomUUID().toString());
    return Response.json(existing == null ? 201 : 200, answer);
  }

  /** A file's text as committed. */
  synchronized String text(String path) {
    return new String(
        Base64.getDecoder().decode(files.get(path).path("content").asText()),
        StandardCharsets.UTF_8);
  }
}
