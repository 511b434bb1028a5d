package dev.aiir.bot.discord;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what JDA sends: plain JSON, or multipart with {@code payload_json} and files. */
final class Multipart {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

  record Parts(String json, Map<String, String> files) {}

  private Multipart() {}

  static Parts parse(String contentType, byte[] raw) {
    if (contentType == null || !contentType.startsWith("multipart/")) {
      return new Parts(new String(raw, StandardCharsets.UTF_8), Map.of());
    }
    Matcher boundary = BOUNDARY.matcher(contentType);
    if (!boundary.find()) {
      throw new IllegalArgumentException("multipart without boundary: " + contentType);
    }
    String body = new String(raw, StandardCharsets.UTF_8);
    String json = "";
    Map<String, String> files = new LinkedHashMap<>();
    for (String part : body.split("--" + Pattern.quote(boundary.group(1)))) {
      int split = part.indexOf("\r\n\r\n");
      if (split < 0) {
        continue;
      }
      String headers = part.substring(0, split);
      String content = part.substring(split + 4).replaceFirst("\r\n$", "");
      Matcher filename = FILENAME.matcher(headers);
      if (filename.find()) {
        files.put(filename.group(1), content);
      } else if (headers.contains("name=\"payload_json\"")) {
        json = content;
      }
    }
    return new Parts(json, files);
  }

  static Map<String, String> query(String query) {
    Map<String, String> values = new LinkedHashMap<>();
    if (query == null) {
      return values;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        values.put(
            pair.substring(0, equals),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }
}
