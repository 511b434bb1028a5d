package dev.aiir.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.aiir.commands.port.HistoryMessage;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a generated history as a DiscordChatExporter JSON file of one channel. */
final class GeneratedDiscordExport {
  private GeneratedDiscordExport() {}

  static Path write(Path file, GeneratedHistory history, int size) throws IOException {
    try (JsonGenerator out = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      out.writeStartObject();
      out.writeObjectFieldStart("guild");
      out.writeStringField("id", "81384788765712384");
      out.writeStringField("name", "bench");
      out.writeEndObject();
      out.writeObjectFieldStart("channel");
      out.writeStringField("id", "381889648827301889");
      out.writeStringField("name", GeneratedSlackExport.CHANNEL);
      out.writeEndObject();
      out.writeArrayFieldStart("messages");
      for (int i = 0; i < size; i++) {
        HistoryMessage m = history.message(i);
        out.writeStartObject();
        out.writeStringField("id", Long.toString(1_100_000_000_000_000_000L + i));
        out.writeStringField("type", m.threadId() == null ? "Default" : "Reply");
        out.writeStringField("timestamp", m.at().toString().replace("Z", "+00:00"));
        out.writeStringField("content", m.text());
        out.writeObjectFieldStart("author");
        out.writeStringField("id", m.author().id());
        out.writeStringField("name", m.author().displayName());
        out.writeBooleanField("isBot", m.fromBot());
        out.writeEndObject();
        if (m.threadId() != null) {
          out.writeObjectFieldStart("reference");
          out.writeStringField(
              "messageId",
              Long.toString(1_100_000_000_000_000_000L + Long.parseLong(m.threadId())));
          out.writeEndObject();
        }
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeNumberField("messageCount", size);
      out.writeEndObject();
    }
    return file;
  }
}
