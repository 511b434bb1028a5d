package dev.aiir.bot.discord;

import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.FormField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.ModalTopLevelComponent;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.label.LabelChildComponent;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The core's forms as Discord modals, and a submitted modal's answers back as the core's map: each
 * field is a labelled text input or select menu whose custom id is the field's key, and the form's
 * description is a text block above them.
 */
final class DiscordModals {
  /** Discord's limit on a text block; the forms' descriptions are a few sentences. */
  private static final int MAX_TEXT = 4000;

  private static final int MAX_OPTIONS = 25;

  private DiscordModals() {}

  static Modal of(Form form) {
    List<ModalTopLevelComponent> parts = new ArrayList<>();
    String description = String.join("\n", form.description());
    // Five components at most: the description goes into the first field's label when it cannot
    // have its own block.
    boolean ownBlock = !description.isEmpty() && form.fields().size() < Modal.MAX_COMPONENTS;
    if (ownBlock) {
      parts.add(TextDisplay.of(TextChunks.cut(description, MAX_TEXT)));
    }
    for (FormField field : form.fields().stream().limit(Modal.MAX_COMPONENTS).toList()) {
      Label label = Label.of(TextChunks.cut(field.label(), Label.LABEL_MAX_LENGTH), input(field));
      if (!ownBlock && !description.isEmpty() && parts.isEmpty()) {
        label = label.withDescription(TextChunks.cut(description, Label.DESCRIPTION_MAX_LENGTH));
      }
      parts.add(label);
    }
    return Modal.create(form.id(), TextChunks.cut(form.title(), Modal.MAX_TITLE_LENGTH))
        .addComponents(parts)
        .build();
  }

  private static LabelChildComponent input(FormField field) {
    return field.kind() == FormField.Kind.PICK ? pick(field) : text(field);
  }

  private static TextInput text(FormField field) {
    TextInputStyle style =
        field.kind() == FormField.Kind.PARAGRAPH ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT;
    int max =
        field.maxLength() > 0
            ? Math.min(field.maxLength(), TextInput.MAX_VALUE_LENGTH)
            : TextInput.MAX_VALUE_LENGTH;
    TextInput.Builder input =
        TextInput.create(field.key(), style).setRequired(field.required()).setMaxLength(max);
    if (!field.placeholder().isEmpty()) {
      input.setPlaceholder(TextChunks.cut(field.placeholder(), TextInput.MAX_PLACEHOLDER_LENGTH));
    }
    if (!field.initial().isEmpty()) {
      input.setValue(TextChunks.cut(field.initial(), max));
    }
    return input.build();
  }

  private static StringSelectMenu pick(FormField field) {
    StringSelectMenu.Builder menu =
        StringSelectMenu.create(field.key())
            .addOptions(
                field.options().stream()
                    .limit(MAX_OPTIONS)
                    .map(
                        o ->
                            SelectOption.of(
                                TextChunks.cut(o.label(), SelectOption.LABEL_MAX_LENGTH),
                                o.value()))
                    .toList())
            .setRequired(field.required());
    if (field.options().stream().anyMatch(o -> o.value().equals(field.initial()))) {
      menu.setDefaultValues(field.initial());
    }
    return menu.build();
  }

  /** A submitted modal's answers by field key: a text input's text, a select menu's choice. */
  static Map<String, String> answers(List<ModalMapping> values) {
    Map<String, String> answers = new HashMap<>();
    for (ModalMapping value : values) {
      String answer =
          switch (value.getType()) {
            case TEXT_INPUT -> value.getAsString();
            case STRING_SELECT -> value.getAsStringList().stream().findFirst().orElse("");
            default -> null;
          };
      if (answer != null) {
        answers.put(value.getCustomId(), answer);
      }
    }
    return answers;
  }
}
