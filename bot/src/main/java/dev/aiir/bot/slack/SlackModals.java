package dev.aiir.bot.slack;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.FormField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The core's {@link Form} as a Slack modal, and a submitted modal's answers back as the core's
 * {@code key -> value} map. Each field is an input block whose block id and action id are both the
 * field's key, so answers and Slack's {@code response_action: errors} both address fields by key.
 */
final class SlackModals {
  /** Slack's limits on a modal: title and button texts, a text input, a select option. */
  static final int MAX_TITLE = 24;

  static final int MAX_INPUT = 3000;
  static final int MAX_LABEL = 2000;
  static final int MAX_PLACEHOLDER = 150;
  static final int MAX_OPTION_TEXT = 75;
  static final int MAX_OPTION_VALUE = 150;

  private SlackModals() {}

  static View view(Form form, ModalOrigin origin) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (!form.description().isEmpty()) {
      String text = SlackText.escape(String.join("\n", form.description()));
      blocks.add(
          SectionBlock.builder()
              .text(MarkdownTextObject.builder().text(cut(text, MAX_INPUT)).verbatim(true).build())
              .build());
    }
    for (FormField field : form.fields()) {
      blocks.add(input(field));
    }
    return View.builder()
        .type("modal")
        .callbackId(form.id())
        .title(ViewTitle.builder().type("plain_text").text(cut(form.title(), MAX_TITLE)).build())
        .submit(ViewSubmit.builder().type("plain_text").text(cut(form.submit(), MAX_TITLE)).build())
        .close(ViewClose.builder().type("plain_text").text("Cancel").build())
        .blocks(blocks)
        .privateMetadata(origin.encode())
        .build();
  }

  private static InputBlock input(FormField field) {
    return InputBlock.builder()
        .blockId(field.key())
        .label(plain(cut(field.label(), MAX_LABEL)))
        .optional(!field.required())
        .element(element(field))
        .build();
  }

  private static BlockElement element(FormField field) {
    if (field.kind() == FormField.Kind.PICK) {
      List<OptionObject> options = field.options().stream().map(SlackModals::option).toList();
      return StaticSelectElement.builder()
          .actionId(field.key())
          .options(options)
          .initialOption(
              field.options().stream()
                  .filter(o -> o.value().equals(field.initial()))
                  .findFirst()
                  .map(SlackModals::option)
                  .orElse(null))
          .build();
    }
    int max = field.maxLength() > 0 ? Math.min(field.maxLength(), MAX_INPUT) : 0;
    return PlainTextInputElement.builder()
        .actionId(field.key())
        .multiline(field.kind() == FormField.Kind.PARAGRAPH)
        .maxLength(max > 0 ? max : null)
        .placeholder(
            field.placeholder().isEmpty() ? null : plain(cut(field.placeholder(), MAX_PLACEHOLDER)))
        .initialValue(field.initial().isEmpty() ? null : cut(field.initial(), MAX_INPUT))
        .build();
  }

  private static OptionObject option(FormField.Option option) {
    return OptionObject.builder()
        .text(plain(cut(option.label(), MAX_OPTION_TEXT)))
        .value(cut(option.value(), MAX_OPTION_VALUE))
        .build();
  }

  /**
   * A submission's answers by field key: a text input's value, a select's chosen option's value; a
   * field left empty is absent or "", which the core reads alike.
   */
  static Map<String, String> answers(ViewState state) {
    Map<String, String> answers = new LinkedHashMap<>();
    if (state == null || state.getValues() == null) {
      return answers;
    }
    state
        .getValues()
        .forEach(
            (block, actions) ->
                actions.forEach((action, value) -> answers.put(action, valueOf(value))));
    return answers;
  }

  private static String valueOf(ViewState.Value value) {
    if (value == null) {
      return "";
    }
    if (value.getSelectedOption() != null) {
      return nullToEmpty(value.getSelectedOption().getValue());
    }
    return nullToEmpty(value.getValue());
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static PlainTextObject plain(String text) {
    return PlainTextObject.builder().text(text).emoji(false).build();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
