package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiir.commands.model.DocBlock;
import java.util.List;

/**
 * Blocks as an Atlassian Document Format document (Jira Cloud's REST API v3 description). Text goes
 * into text nodes, which Jira never reads as markup: wiki markup ({@code *bold*}, {@code [~user]},
 * {@code {code}}) and HTML in what people wrote show as written, and mentions exist only as mention
 * nodes, which aiir never makes.
 */
final class JiraDocument {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JiraDocument() {}

  static ObjectNode render(List<DocBlock> blocks, String marker) {
    ObjectNode doc = JSON.objectNode().put("type", "doc").put("version", 1);
    ArrayNode content = doc.putArray("content");
    int i = 0;
    while (i < blocks.size()) {
      DocBlock first = blocks.get(i);
      if (first.kind() != DocBlock.Kind.BULLET && first.kind() != DocBlock.Kind.NUMBERED) {
        content.add(block(first));
        i++;
        continue;
      }
      ObjectNode list =
          JSON.objectNode()
              .put("type", first.kind() == DocBlock.Kind.BULLET ? "bulletList" : "orderedList");
      ArrayNode items = list.putArray("content");
      while (i < blocks.size() && blocks.get(i).kind() == first.kind()) {
        items.add(
            JSON.objectNode()
                .put("type", "listItem")
                .set("content", JSON.arrayNode().add(paragraph(blocks.get(i).text()))));
        i++;
      }
      content.add(list);
    }
    ObjectNode ref = paragraph("aiir ref: " + marker);
    content.add(ref);
    return doc;
  }

  private static ObjectNode block(DocBlock block) {
    return switch (block.kind()) {
      case HEADING ->
          (ObjectNode)
              JSON.objectNode()
                  .put("type", "heading")
                  .<ObjectNode>set(
                      "attrs",
                      JSON.objectNode().put("level", Math.max(1, Math.min(block.level(), 6))))
                  .set("content", texts(block.text()));
      case LINK -> link(block.text(), block.url());
      default -> paragraph(block.text());
    };
  }

  static ObjectNode paragraph(String text) {
    ObjectNode paragraph = JSON.objectNode().put("type", "paragraph");
    paragraph.set("content", texts(text));
    return paragraph;
  }

  private static ObjectNode link(String text, String url) {
    if (url == null || !url.matches("https?://\\S+")) {
      return paragraph(text + (url == null ? "" : " " + url));
    }
    ObjectNode node =
        JSON.objectNode().put("type", "text").put("text", text.isEmpty() ? url : text);
    node.putArray("marks")
        .add(
            JSON.objectNode().put("type", "link").set("attrs", JSON.objectNode().put("href", url)));
    ObjectNode paragraph = JSON.objectNode().put("type", "paragraph");
    paragraph.putArray("content").add(node);
    return paragraph;
  }

  /** ADF refuses empty text nodes: an empty text is no node. */
  private static ArrayNode texts(String text) {
    ArrayNode nodes = JSON.arrayNode();
    if (!text.isEmpty()) {
      nodes.add(JSON.objectNode().put("type", "text").put("text", text));
    }
    return nodes;
  }
}
