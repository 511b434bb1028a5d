package dev.aiir.commands.chat;

import java.util.List;
import java.util.Objects;

/**
 * One question of a {@link Form}: a line of text, a paragraph or a pick from a list.
 *
 * @param key the name its answer is submitted under
 * @param initial the value it starts with ("" for none); for a pick, one of the options' values
 */
public record FormField(
    String key,
    String label,
    Kind kind,
    boolean required,
    int maxLength,
    String placeholder,
    List<Option> options,
    String initial) {

  /** What sort of answer the field takes. */
  public enum Kind {
    LINE,
    PARAGRAPH,
    PICK
  }

  /** One entry of a pick: the value submitted and the label shown. */
  public record Option(String value, String label) {
    public Option {
      Objects.requireNonNull(value, "value");
      label = Mentions.defuse(Objects.requireNonNull(label, "label"));
    }
  }

  public FormField {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    label = Mentions.defuse(Objects.requireNonNull(label, "label"));
    placeholder = placeholder == null ? "" : Mentions.defuse(placeholder);
    options = List.copyOf(options);
    initial = initial == null ? "" : initial;
    if (kind == Kind.PICK && options.isEmpty()) {
      throw new IllegalArgumentException("a pick needs options");
    }
  }

  public static FormField line(String key, String label, boolean required, int maxLength) {
    return new FormField(key, label, Kind.LINE, required, maxLength, "", List.of(), "");
  }

  public static FormField paragraph(String key, String label, boolean required, int maxLength) {
    return new FormField(key, label, Kind.PARAGRAPH, required, maxLength, "", List.of(), "");
  }

  public static FormField pick(String key, String label, List<Option> options, String initial) {
    return new FormField(key, label, Kind.PICK, true, 0, "", options, initial);
  }

  public FormField withPlaceholder(String text) {
    return new FormField(key, label, kind, required, maxLength, text, options, initial);
  }

  public FormField withInitial(String value) {
    return new FormField(key, label, kind, required, maxLength, placeholder, options, value);
  }
}
