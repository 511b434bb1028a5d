package dev.aiir.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.aiir.commands.port.HistoryMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Writes a generated history as a Slack workspace export: one channel, a file per day. */
final class GeneratedSlackExport {
  static final String CHANNEL = "inc-2026-999-benchmark";

  private GeneratedSlackExport() {}

  static Path write(Path dir, GeneratedHistory history, int size) throws IOException {
    Files.writeString(
        dir.resolve("channels.json"), "[{\"id\":\"CBENCH\",\"name\":\"" + CHANNEL + "\"}]");
    Files.writeString(
        dir.resolve("users.json"),
        "[{\"id\":\"U01\",\"name\":\"maya\"},{\"id\":\"U02\",\"name\":\"sam\"},"
            + "{\"id\":\"U03\",\"name\":\"lee\"}]");
    Path channel = Files.createDirectories(dir.resolve(CHANNEL));
    JsonFactory json = new JsonFactory();
    JsonGenerator out = null;
    LocalDate day = null;
    for (int i = 0; i < size; i++) {
      HistoryMessage m = history.message(i);
      LocalDate today = LocalDate.ofInstant(m.at(), ZoneOffset.UTC);
      if (!today.equals(day)) {
        close(out);
        out =
            json.createGenerator(
                channel.resolve(today + ".json").toFile(),
                com.fasterxml.jackson.core.JsonEncoding.UTF8);
        out.writeStartArray();
        day = today;
      }
      out.writeStartObject();
      out.writeStringField("type", "message");
      out.writeStringField("user", m.author().id());
      out.writeStringField("text", m.text());
      out.writeStringField(
          "ts", m.at().getEpochSecond() + ".000" + String.format("%03d", i % 1000));
      out.writeEndObject();
    }
    close(out);
    return dir;
  }

  private static void close(JsonGenerator out) throws IOException {
    if (out != null) {
      out.writeEndArray();
      out.close();
    }
  }
}
