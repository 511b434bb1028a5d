package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GitLab's REST API v4 for one project as aiir uses it: the project, its issues (create, edit, list
 * by label) and its wiki pages (read, create, edit by slug), behind a {@code PRIVATE-TOKEN}.
 */
final class FakeGitLab extends FakeVendor {
  static final String PROJECT = "ml/platform";
  static final String ENCODED = "ml%2Fplatform";
  final Map<Integer, ObjectNode> issues = new LinkedHashMap<>();
  final Map<String, ObjectNode> wiki = new LinkedHashMap<>();

  FakeGitLab(String token) {
    super("PRIVATE-TOKEN", token);
    String project = "/api/v4/projects/" + ENCODED;
    on("GET", project, (r, m) -> Response.json(200, project()));
    on("GET", project + "/issues", (r, m) -> Response.json(200, list(r.query().get("labels"))));
    on("POST", project + "/issues", (r, m) -> Response.json(201, create(r.json())));
    on("PUT", project + "/issues/(\\d+)", (r, m) -> edit(Integer.parseInt(m.group(1)), r.json()));
    on("GET", project + "/wikis/(.+)", (r, m) -> page(decode(m.group(1))));
    on("POST", project + "/wikis", (r, m) -> write(r.json(), null));
    on("PUT", project + "/wikis/(.+)", (r, m) -> write(r.json(), decode(m.group(1))));
  }

  private static String decode(String slug) {
    return java.net.URLDecoder.decode(slug, java.nio.charset.StandardCharsets.UTF_8);
  }

  private ObjectNode project() {
    ObjectNode project =
        JSON.createObjectNode()
            .put("id", 42)
            .put("path_with_namespace", PROJECT)
            .put("issues_enabled", true)
            .put("wiki_access_level", "enabled");
    project.putObject("permissions").putObject("project_access").put("access_level", 30);
    return project;
  }

  private synchronized ArrayNode list(String label) {
    ArrayNode list = JSON.createArrayNode();
    issues.values().stream()
        .filter(
            i ->
                label == null
                    || Arrays.asList(i.path("labels").asText().split(",")).contains(label))
        .forEach(list::add);
    return list;
  }

  private synchronized ObjectNode create(JsonNode body) {
    int iid = issues.size() + 1;
    ObjectNode issue =
        JSON.createObjectNode()
            .put("iid", iid)
            .put("web_url", "https://gitlab.example.com/" + PROJECT + "/-/issues/" + iid)
            .put("state", "opened");
    body.fields().forEachRemaining(e -> issue.set(e.getKey(), e.getValue()));
    issues.put(iid, issue);
    return issue;
  }

  private synchronized Response edit(int iid, JsonNode body) {
    ObjectNode issue = issues.get(iid);
    if (issue == null) {
      return Response.json(404, Map.of("message", "404 Not found"));
    }
    body.fields().forEachRemaining(e -> issue.set(e.getKey(), e.getValue()));
    if (body.path("state_event").asText().equals("close")) {
      issue.put("state", "closed");
    }
    return Response.json(200, issue);
  }

  private synchronized Response page(String slug) {
    ObjectNode page = wiki.get(slug);
    return page == null
        ? Response.json(404, Map.of("message", "404 Wiki Page Not Found"))
        : Response.json(200, page);
  }

  private synchronized Response write(JsonNode body, String slug) {
    String key = slug == null ? body.path("title").asText() : slug;
    if (slug != null && !wiki.containsKey(slug)) {
      return Response.json(404, Map.of("message", "404 Wiki Page Not Found"));
    }
    ObjectNode page =
        JSON.createObjectNode()
            .put("slug", key)
            .put("title", body.path("title").asText())
            .put("format", body.path("format").asText())
            .put("content", body.path("content").asText());
    wiki.put(key, page);
    return Response.json(slug == null ? 201 : 200, page);
  }
}
