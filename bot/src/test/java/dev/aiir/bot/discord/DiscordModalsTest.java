package dev.aiir.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.FormField;
import dev.aiir.commands.chat.FormField.Option;
import java.util.List;
import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.label.LabelChildComponentUnion;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;
import org.junit.jupiter.api.Test;

class DiscordModalsTest {
  private static final List<Option> LEVELS =
      List.of(new Option("SEV-1", "SEV-1"), new Option("SEV-2", "SEV-2"));

  @Test
  void aFormIsAModalWithItsDescriptionAboveLabelledInputs() {
    Form form =
        new Form(
            "aiir:declare",
            "Declare an incident",
            List.of("You become its commander."),
            "Declare",
            List.of(
                FormField.line("title", "What is wrong", true, 200),
                FormField.pick("severity", "Severity", LEVELS, "SEV-2"),
                FormField.paragraph("notes", "Notes", false, 0).withPlaceholder("anything else")));

    Modal modal = DiscordModals.of(form);

    assertThat(modal.getId()).isEqualTo("aiir:declare");
    assertThat(modal.getTitle()).isEqualTo("Declare an incident");
    assertThat(modal.getComponents()).hasSize(4);
    assertThat(modal.getComponents().get(0).asTextDisplay().getContent())
        .isEqualTo("You become its commander.");
    TextInput title = child(modal, 1).asTextInput();
    assertThat(title.getCustomId()).isEqualTo("title");
    assertThat(title.getStyle()).isEqualTo(TextInputStyle.SHORT);
    assertThat(title.isRequired()).isTrue();
    assertThat(title.getMaxLength()).isEqualTo(200);
    StringSelectMenu severity = child(modal, 2).asStringSelectMenu();
    assertThat(severity.getCustomId()).isEqualTo("severity");
    assertThat(severity.getOptions())
        .extracting(o -> o.getValue())
        .containsExactly("SEV-1", "SEV-2");
    assertThat(severity.getOptions().get(1).isDefault()).isTrue();
    TextInput notes = child(modal, 3).asTextInput();
    assertThat(notes.getStyle()).isEqualTo(TextInputStyle.PARAGRAPH);
    assertThat(notes.getPlaceHolder()).isEqualTo("anything else");
  }

  @Test
  void longTextIsCutToDiscordsLimitsAndAFullFormKeepsItsDescriptionInTheFirstLabel() {
    List<FormField> five =
        List.of("a", "b", "c", "d", "e").stream()
            .map(key -> FormField.line(key, "Field " + key + " ".repeat(60) + "x", false, 10))
            .toList();
    Form form = new Form("aiir:x", "T".repeat(80), List.of("why ".repeat(40)), "Go", five);

    Modal modal = DiscordModals.of(form);

    assertThat(modal.getTitle()).hasSize(Modal.MAX_TITLE_LENGTH);
    assertThat(modal.getComponents()).hasSize(Modal.MAX_COMPONENTS);
    assertThat(modal.getComponents())
        .allSatisfy(c -> assertThat(c.getType()).isEqualTo(Component.Type.LABEL));
    Label first = modal.getComponents().get(0).asLabel();
    assertThat(first.getLabel()).hasSize(Label.LABEL_MAX_LENGTH);
    assertThat(first.getDescription()).hasSize(Label.DESCRIPTION_MAX_LENGTH).startsWith("why");
  }

  private static LabelChildComponentUnion child(Modal modal, int index) {
    return modal.getComponents().get(index).asLabel().getChild();
  }
}
