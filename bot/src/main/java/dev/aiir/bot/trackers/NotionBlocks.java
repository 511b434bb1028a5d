package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiir.commands.model.DocBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks as Notion's block objects: headings, paragraphs, bulleted and numbered list items (a
 * bullet one level down is a child of the one before), a link as a paragraph whose text links. Text
 * is a rich text object's content, which Notion never reads as markup; content longer than Notion's
 * 2,000 characters is split over several.
 */
final class NotionBlocks {
  static final int TEXT_LIMIT = 2000;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private NotionBlocks() {}

  static List<ObjectNode> render(List<DocBlock> blocks, String marker) {
    List<ObjectNode> out = new ArrayList<>();
    ObjectNode lastTopBullet = null;
    for (DocBlock block : blocks) {
      if (block.kind() == DocBlock.Kind.BULLET && block.level() > 0 && lastTopBullet != null) {
        ObjectNode item = (ObjectNode) lastTopBullet.get("bulleted_list_item");
        ArrayNode children =
            item.has("children") ? (ArrayNode) item.get("children") : item.putArray("children");
        children.add(block("bulleted_list_item", richText(block.text(), null)));
        continue;
      }
      ObjectNode node =
          switch (block.kind()) {
            case HEADING ->
                block(
                    block.level() <= 1
                        ? "heading_1"
                        : block.level() == 2 ? "heading_2" : "heading_3",
                    richText(block.text(), null));
            case BULLET -> block("bulleted_list_item", richText(block.text(), null));
            case NUMBERED -> block("numbered_list_item", richText(block.text(), null));
            case LINK -> block("paragraph", richText(block.text(), safe(block.url())));
            case PARAGRAPH -> block("paragraph", richText(block.text(), null));
          };
      lastTopBullet = block.kind() == DocBlock.Kind.BULLET ? node : null;
      out.add(node);
    }
    out.add(block("paragraph", richText("aiir ref: " + marker, null)));
    return out;
  }

  private static String safe(String url) {
    return url != null && url.matches("https?://\\S+") ? url : null;
  }

  static ObjectNode block(String type, ArrayNode richText) {
    ObjectNode block = JSON.objectNode().put("object", "block").put("type", type);
    block.putObject(type).set("rich_text", richText);
    return block;
  }

  /** The text in pieces of at most 2,000 characters, each linking to {@code url} if given. */
  static ArrayNode richText(String text, String url) {
    ArrayNode parts = JSON.arrayNode();
    for (int at = 0; at < text.length(); at += TEXT_LIMIT) {
      ObjectNode content =
          JSON.objectNode()
              .put("content", text.substring(at, Math.min(text.length(), at + TEXT_LIMIT)));
      if (url != null) {
        content.putObject("link").put("url", url);
      }
      parts.add(JSON.objectNode().put("type", "text").set("text", content));
    }
    return parts;
  }
}
