package dev.aiir.bot.discord;

import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * One REST request the fake Discord answered: its method, path under {@code /api/v10/}, query, JSON
 * body (the {@code payload_json} part of a multipart one) and uploaded files by name.
 */
record RestCall(String method, String path, String query, String json, Map<String, String> files) {
  boolean is(String verb, String pathPattern) {
    return method.equals(verb) && path.matches(pathPattern);
  }

  DataObject body() {
    return DataObject.fromJson(json);
  }

  DataArray bodyArray() {
    return DataArray.fromJson(json);
  }

  /** Every text the message body carries: content, embed titles, fields and descriptions. */
  String text() {
    if (json == null || json.isEmpty() || json.startsWith("[")) {
      return "";
    }
    DataObject body = body();
    DataObject message = body.hasKey("data") ? body.getObject("data") : body;
    StringBuilder out = new StringBuilder(message.getString("content", ""));
    DataArray embeds = message.optArray("embeds").orElseGet(DataArray::empty);
    for (int i = 0; i < embeds.length(); i++) {
      DataObject embed = embeds.getObject(i);
      out.append('\n').append(embed.getString("title", ""));
      DataArray fields = embed.optArray("fields").orElseGet(DataArray::empty);
      for (int f = 0; f < fields.length(); f++) {
        DataObject field = fields.getObject(f);
        out.append('\n')
            .append(field.getString("name"))
            .append(": ")
            .append(field.getString("value"));
      }
      out.append('\n').append(embed.getString("description", ""));
    }
    return out.toString().strip();
  }

  /** Message flags: 64 is ephemeral. */
  boolean ephemeral() {
    if (json == null || json.isEmpty() || json.startsWith("[")) {
      return false;
    }
    DataObject body = body();
    DataObject message = body.hasKey("data") ? body.getObject("data") : body;
    return (message.getInt("flags", 0) & 64) != 0;
  }
}
