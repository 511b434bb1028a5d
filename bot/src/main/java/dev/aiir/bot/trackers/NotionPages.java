package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiir.bot.config.ExportTargetSettings;
import dev.aiir.commands.model.WikiPage;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.WikiClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notion pages (API version 2022-06-28): the PIR is a page under the configured parent page,
 * created with {@code POST /v1/pages} and its first 100 blocks, the rest appended 100 at a time
 * ({@code PATCH /v1/blocks/{id}/children}). It is found again among the parent's child pages by its
 * title, and taken for this review's only when it carries the marker. Notion keeps no version to
 * check, so an update replaces the page's blocks (deleting the old ones) and its title.
 */
final class NotionPages implements WikiClient, Reachability {
  static final String VERSION = "2022-06-28";
  private static final int CHUNK = 100;
  private final VendorHttp http;
  private final ExportTargetSettings settings;

  NotionPages(VendorHttp http, ExportTargetSettings settings) {
    this.http = http;
    this.settings = settings;
  }

  static Map<String, String> headers(ExportTargetSettings settings) {
    Map<String, String> headers = new java.util.LinkedHashMap<>(Auth.bearer(settings));
    headers.put("Notion-Version", VERSION);
    return headers;
  }

  @Override
  public Optional<PageRef> find(WikiPage page) {
    for (JsonNode child : children(settings.project(), "the parent page " + settings.project())) {
      if (child.path("type").asText().equals("child_page")
          && child.path("child_page").path("title").asText().equals(page.title())) {
        String id = child.path("id").asText();
        boolean ours =
            children(id, "the page " + id).stream()
                .anyMatch(b -> b.toString().contains(page.marker()));
        if (!ours) {
          throw new ExportFailure(
              ExportFailure.Kind.REJECTED,
              "a page titled '"
                  + page.title()
                  + "' is under the parent page and aiir did not publish it; rename or move it.");
        }
        return Optional.of(new PageRef(id, null, url(id)));
      }
    }
    return Optional.empty();
  }

  @Override
  public PageRef create(WikiPage page) {
    List<ObjectNode> blocks = NotionBlocks.render(page.blocks(), page.marker());
    ObjectNode body = VendorHttp.JSON.createObjectNode();
    body.putObject("parent").put("page_id", settings.project());
    body.set("properties", title(page));
    ArrayNode children = body.putArray("children");
    blocks.stream().limit(CHUNK).forEach(children::add);
    JsonNode created =
        http.send("POST", "/v1/pages", body, "the parent page " + settings.project()).body();
    String id = created.path("id").asText();
    append(id, blocks.subList(Math.min(CHUNK, blocks.size()), blocks.size()));
    return new PageRef(id, null, created.path("url").asText(url(id)));
  }

  @Override
  public PageRef update(PageRef known, WikiPage page) {
    ObjectNode properties = VendorHttp.JSON.createObjectNode();
    properties.set("properties", title(page));
    JsonNode updated =
        http.send("PATCH", "/v1/pages/" + known.id(), properties, "the page " + known.id()).body();
    for (JsonNode old : children(known.id(), "the page " + known.id())) {
      http.send("DELETE", "/v1/blocks/" + old.path("id").asText(), null, "a block of the page");
    }
    append(known.id(), NotionBlocks.render(page.blocks(), page.marker()));
    return new PageRef(known.id(), null, updated.path("url").asText(url(known.id())));
  }

  private void append(String page, List<ObjectNode> blocks) {
    for (int at = 0; at < blocks.size(); at += CHUNK) {
      ObjectNode body = VendorHttp.JSON.createObjectNode();
      ArrayNode children = body.putArray("children");
      blocks.subList(at, Math.min(blocks.size(), at + CHUNK)).forEach(children::add);
      http.send("PATCH", "/v1/blocks/" + page + "/children", body, "the page " + page);
    }
  }

  /** Every child block of {@code block}, page by page. */
  private List<JsonNode> children(String block, String what) {
    List<JsonNode> all = new java.util.ArrayList<>();
    String cursor = null;
    do {
      JsonNode page =
          http.get(
              "/v1/blocks/"
                  + block
                  + "/children?page_size=100"
                  + (cursor == null ? "" : "&start_cursor=" + Paths.encode(cursor)),
              what);
      page.path("results").forEach(all::add);
      cursor = page.path("has_more").asBoolean() ? page.path("next_cursor").asText(null) : null;
    } while (cursor != null);
    return all;
  }

  private static ObjectNode title(WikiPage page) {
    ObjectNode properties = VendorHttp.JSON.createObjectNode();
    properties.putObject("title").set("title", NotionBlocks.richText(page.title(), null));
    return properties;
  }

  private static String url(String id) {
    return "https://www.notion.so/" + id.replace("-", "");
  }

  @Override
  public Check check() {
    JsonNode me = http.get("/v1/users/me", "the integration");
    http.get(
        "/v1/pages/" + settings.project(),
        "the parent page " + settings.project() + " (share it with the integration)");
    return Check.ok(
        "the parent page "
            + settings.project()
            + ": reachable as the integration "
            + me.path("name").asText("(unnamed)"));
  }
}
