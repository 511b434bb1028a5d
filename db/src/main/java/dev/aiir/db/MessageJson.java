package dev.aiir.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * A queued message as one JSON column: its title, fields, lines and buttons, so that each platform
 * can still render it its own way when it is sent.
 */
final class MessageJson {

  private MessageJson() {}

  static String write(Message message) {
    ObjectNode root = StoreJson.MAPPER.createObjectNode();
    root.put("title", message.title());
    ArrayNode fields = root.putArray("fields");
    for (Field field : message.fields()) {
      fields.addObject().put("label", field.label()).put("value", field.value());
    }
    ArrayNode lines = root.putArray("lines");
    message.lines().forEach(lines::add);
    ArrayNode choices = root.putArray("choices");
    for (Choice choice : message.choices()) {
      choices
          .addObject()
          .put("id", choice.id())
          .put("label", choice.label())
          .put("style", choice.style().name());
    }
    return root.toString();
  }

  static Message read(String json) {
    try {
      JsonNode root = StoreJson.MAPPER.readTree(json);
      List<Field> fields = new ArrayList<>();
      root.path("fields")
          .forEach(f -> fields.add(new Field(f.path("label").asText(), f.path("value").asText())));
      List<String> lines = new ArrayList<>();
      root.path("lines").forEach(line -> lines.add(line.asText()));
      List<Choice> choices = new ArrayList<>();
      root.path("choices")
          .forEach(
              c ->
                  choices.add(
                      new Choice(
                          c.path("id").asText(),
                          c.path("label").asText(),
                          Choice.Style.valueOf(
                              c.path("style").asText(Choice.Style.PLAIN.name())))));
      return new Message(root.path("title").asText(), fields, lines, choices);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a queued message in the store is not readable", e);
    }
  }
}
