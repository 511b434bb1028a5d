package dev.aiir.commands.pir;

/**
 * Just enough JSON writing for the exports (the PIR, the insights report): objects, arrays,
 * strings, numbers, booleans and null, with commas placed and strings escaped. The core keeps to
 * the JDK, so no JSON library here.
 */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private boolean needsComma;

  public JsonWriter beginObject() {
    separate();
    out.append('{');
    needsComma = false;
    return this;
  }

  public JsonWriter endObject() {
    out.append('}');
    needsComma = true;
    return this;
  }

  public JsonWriter beginArray() {
    separate();
    out.append('[');
    needsComma = false;
    return this;
  }

  public JsonWriter endArray() {
    out.append(']');
    needsComma = true;
    return this;
  }

  public JsonWriter name(String name) {
    separate();
    string(name);
    out.append(':');
    needsComma = false;
    return this;
  }

  public void field(String name, String value) {
    name(name).value(value);
  }

  public void field(String name, Long value) {
    name(name);
    separate();
    out.append(value == null ? "null" : value.toString());
    needsComma = true;
  }

  public void field(String name, boolean value) {
    name(name);
    separate();
    out.append(value);
    needsComma = true;
  }

  /** A number written exactly as given ({@code 5400.5}); null is written as null. */
  public void field(String name, java.math.BigDecimal value) {
    name(name);
    separate();
    out.append(value == null ? "null" : value.toPlainString());
    needsComma = true;
  }

  public JsonWriter value(String value) {
    separate();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    needsComma = true;
    return this;
  }

  public void nullValue() {
    value(null);
  }

  private void separate() {
    if (needsComma) {
      out.append(',');
      needsComma = false;
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
