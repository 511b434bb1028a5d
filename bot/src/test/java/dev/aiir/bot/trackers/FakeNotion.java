package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Notion's API (version 2022-06-28) as aiir uses it: the integration's user, pages (create with
 * children, retrieve, update the title) and blocks (list children page by page, append children,
 * delete), behind a bearer token and the {@code Notion-Version} header.
 */
final class FakeNotion extends FakeVendor {
  static final String PARENT = "1429989fe8ac4effbc8f57f56486db54";
  static final int PAGE_SIZE = 3;
  final Map<String, List<ObjectNode>> children = new LinkedHashMap<>();
  final Map<String, String> titles = new LinkedHashMap<>();

  FakeNotion(String token) {
    super("Authorization", "Bearer " + token);
    children.put(PARENT, new ArrayList<>());
    on(
        "GET",
        "/v1/users/me",
        (r, m) ->
            versioned(
                r, Response.json(200, Map.of("object", "user", "type", "bot", "name", "aiir"))));
    on(
        "GET",
        "/v1/pages/([0-9a-f-]+)",
        (r, m) ->
            versioned(
                r,
                children.containsKey(m.group(1))
                    ? Response.json(200, page(m.group(1)))
                    : Response.json(
                        404,
                        Map.of(
                            "object",
                            "error",
                            "status",
                            404,
                            "code",
                            "object_not_found",
                            "message",
                            "Could not find page"))));
    on("POST", "/v1/pages", (r, m) -> versioned(r, create(r.json())));
    on("PATCH", "/v1/pages/([0-9a-f-]+)", (r, m) -> versioned(r, retitle(m.group(1), r.json())));
    on(
        "GET",
        "/v1/blocks/([0-9a-f-]+)/children",
        (r, m) -> versioned(r, list(m.group(1), r.query().get("start_cursor"))));
    on(
        "PATCH",
        "/v1/blocks/([0-9a-f-]+)/children",
        (r, m) -> versioned(r, append(m.group(1), r.json())));
    on("DELETE", "/v1/blocks/([0-9a-f-]+)", (r, m) -> versioned(r, delete(m.group(1))));
  }

  /** Notion refuses a request without its version header. */
  private static Response versioned(Request request, Response answer) {
    if (!"2022-06-28".equals(request.header("Notion-Version"))) {
      return Response.json(
          400,
          Map.of(
              "object",
              "error",
              "code",
              "missing_version",
              "message",
              "Notion-Version header failed validation"));
    }
    return answer;
  }

  private synchronized ObjectNode page(String id) {
    return JSON.createObjectNode()
        .put("object", "page")
        .put("id", id)
        .put("url", "https://www.notion.so/" + id.replace("-", ""));
  }

  private synchronized Response create(JsonNode body) {
    String parent = body.path("parent").path("page_id").asText();
    if (!children.containsKey(parent)) {
      return Response.json(
          404,
          Map.of("object", "error", "code", "object_not_found", "message", "Could not find page"));
    }
    if (body.path("children").size() > 100) {
      return Response.json(
          400,
          Map.of(
              "object",
              "error",
              "code",
              "validation_error",
              "message",
              "body.children.length should be ≤ 100"));
    }
    String id = UUID.randomUUID().toString();
    String title =
        body.path("properties")
            .path("title")
            .path("title")
            .path(0)
            .path("text")
            .path("content")
            .asText();
    titles.put(id, title);
    children.put(id, new ArrayList<>());
    body.path("children").forEach(b -> children.get(id).add(stored((ObjectNode) b)));
    ObjectNode childPage =
        JSON.createObjectNode().put("object", "block").put("id", id).put("type", "child_page");
    childPage.putObject("child_page").put("title", title);
    children.get(parent).add(childPage);
    return Response.json(200, page(id));
  }

  private synchronized Response retitle(String id, JsonNode body) {
    titles.put(
        id,
        body.path("properties")
            .path("title")
            .path("title")
            .path(0)
            .path("text")
            .path("content")
            .asText());
    return Response.json(200, page(id));
  }

  private synchronized Response list(String block, String cursor) {
    List<ObjectNode> all = children.get(block);
    if (all == null) {
      return Response.json(
          404,
          Map.of("object", "error", "code", "object_not_found", "message", "Could not find block"));
    }
    int from = cursor == null ? 0 : Integer.parseInt(cursor);
    int to = Math.min(all.size(), from + PAGE_SIZE);
    ObjectNode answer = JSON.createObjectNode().put("object", "list");
    ArrayNode results = answer.putArray("results");
    all.subList(from, to).forEach(results::add);
    answer.put("has_more", to < all.size());
    if (to < all.size()) {
      answer.put("next_cursor", Integer.toString(to));
    } else {
      answer.putNull("next_cursor");
    }
    return Response.json(200, answer);
  }

  private synchronized Response append(String block, JsonNode body) {
    if (body.path("children").size() > 100) {
      return Response.json(
          400,
          Map.of(
              "object",
              "error",
              "code",
              "validation_error",
              "message",
              "body.children.length should be ≤ 100"));
    }
    body.path("children").forEach(b -> children.get(block).add(stored((ObjectNode) b)));
    return Response.json(200, Map.of("object", "list"));
  }

  private synchronized Response delete(String id) {
    for (List<ObjectNode> list : children.values()) {
      list.removeIf(b -> b.path("id").asText().equals(id));
    }
    return Response.json(200, Map.of("object", "block", "id", id, "archived", true));
  }

  private static ObjectNode stored(ObjectNode block) {
    ObjectNode copy = block.deepCopy();
    copy.put("id", UUID.randomUUID().toString());
    return copy;
  }

  /** The page's blocks' plain text, in order, as Notion would show it. */
  synchronized List<String> texts(String page) {
    List<String> texts = new ArrayList<>();
    for (ObjectNode block : children.get(page)) {
      String type = block.path("type").asText();
      StringBuilder text = new StringBuilder(type + ": ");
      block
          .path(type)
          .path("rich_text")
          .forEach(t -> text.append(t.path("text").path("content").asText()));
      texts.add(text.toString());
    }
    return texts;
  }

  /** The one page aiir published under the parent. */
  synchronized String onlyPage() {
    return children.get(PARENT).stream()
        .map(b -> b.path("id").asText())
        .reduce(
            (a, b) -> {
              throw new AssertionError("two pages under the parent");
            })
        .orElseThrow();
  }
}
