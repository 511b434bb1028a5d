package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Confluence's REST API v1 for one space as aiir uses it: the current user, the space, and pages
 * (find by space and title, create, update with the next version number, 409 otherwise), behind
 * basic authentication; served under {@code /wiki} as Confluence Cloud is.
 */
final class FakeConfluence extends FakeVendor {
  static final String SPACE = "OPS";
  final Map<String, ObjectNode> pages = new LinkedHashMap<>();

  FakeConfluence(String token) {
    super(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((FakeJira.EMAIL + ":" + token).getBytes(StandardCharsets.UTF_8)));
    on(
        "GET",
        "/wiki/rest/api/user/current",
        (r, m) -> Response.json(200, Map.of("displayName", "aiir bot")));
    on(
        "GET",
        "/wiki/rest/api/space/" + SPACE,
        (r, m) -> Response.json(200, Map.of("key", SPACE, "name", "Operations")));
    on(
        "GET",
        "/wiki/rest/api/content/(\\d+)",
        (r, m) ->
            pages.containsKey(m.group(1))
                ? Response.json(200, pages.get(m.group(1)))
                : Response.json(404, Map.of("message", "No content found")));
    on(
        "GET",
        "/wiki/rest/api/content",
        (r, m) -> Response.json(200, find(r.query().get("spaceKey"), r.query().get("title"))));
    on("POST", "/wiki/rest/api/content", (r, m) -> Response.json(200, create(r.json())));
    on("PUT", "/wiki/rest/api/content/(\\d+)", (r, m) -> update(m.group(1), r.json()));
  }

  private synchronized ObjectNode find(String space, String title) {
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode results = answer.putArray("results");
    pages.values().stream()
        .filter(p -> p.path("space").path("key").asText().equals(space))
        .filter(p -> p.path("title").asText().equals(title))
        .forEach(results::add);
    answer.put("size", results.size());
    return answer;
  }

  private synchronized ObjectNode create(JsonNode body) {
    String id = Integer.toString(65537 + pages.size());
    ObjectNode page = page(id, body, 1);
    pages.put(id, page);
    return page;
  }

  private synchronized Response update(String id, JsonNode body) {
    ObjectNode page = pages.get(id);
    if (page == null) {
      return Response.json(404, Map.of("message", "No content found with id " + id));
    }
    int current = page.path("version").path("number").asInt();
    int next = body.path("version").path("number").asInt();
    if (next != current + 1) {
      return Response.json(
          409,
          Map.of(
              "statusCode",
              409,
              "message",
              "Version must be incremented on update. Current version is: " + current));
    }
    ObjectNode updated = page(id, body, next);
    pages.put(id, updated);
    return Response.json(200, updated);
  }

  /** Someone edits the page in Confluence: its version moves on. */
  synchronized void editedByPeople(String id) {
    ObjectNode page = pages.get(id);
    ((ObjectNode) page.path("version"))
        .put("number", page.path("version").path("number").asInt() + 1);
  }

  private ObjectNode page(String id, JsonNode body, int version) {
    ObjectNode page =
        JSON.createObjectNode().put("id", id).put("type", "page").put("status", "current");
    page.set("title", body.path("title"));
    page.set("space", body.path("space"));
    page.set("ancestors", body.path("ancestors"));
    page.putObject("version").put("number", version);
    page.set("body", body.path("body"));
    page.putObject("_links")
        .put("base", url() + "/wiki")
        .put("webui", "/spaces/" + SPACE + "/pages/" + id);
    return page;
  }

  /** A page's storage format, as published. */
  synchronized String storage(String id) {
    return pages.get(id).path("body").path("storage").path("value").asText();
  }
}
