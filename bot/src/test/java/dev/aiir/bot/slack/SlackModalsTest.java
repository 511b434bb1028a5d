package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.FormField;
import dev.aiir.commands.chat.FormField.Option;
import dev.aiir.commands.chat.Message;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Buttons, modals and the record line as Block Kit, without a server. */
class SlackModalsTest {
  private static final Form FORM =
      new Form(
          "aiir:halt:AI-IR-2026-001:k2",
          "Halt the rollout of AI-IR-2026-001 now",
          List.of("Halt the rollout at Canary; its timers stop.", "<!channel> stays text"),
          "Halt",
          List.of(
              FormField.paragraph("reason", "Why it stops", true, 2000),
              FormField.line("link", "Link (optional)", false, 500).withPlaceholder("https://x"),
              FormField.pick(
                  "severity",
                  "Severity",
                  List.of(new Option("SEV-1", "SEV-1"), new Option("SEV-2", "SEV-2")),
                  "SEV-2")));

  @Test
  void choicesBecomeOneActionsBlockOfStyledButtonsCarryingTheirIds() {
    SlackMessage rendered =
        BlockKit.render(
            Message.text("Canary minimum soak reached")
                .withChoices(
                    List.of(
                        new Choice("aiir:promote:X:1", "Promote", Choice.Style.PRIMARY),
                        new Choice("aiir:halt:X:1", "Halt", Choice.Style.DANGER),
                        new Choice("aiir:status:X:", "Status", Choice.Style.PLAIN))));

    ActionsBlock actions = (ActionsBlock) rendered.blocks().get(rendered.blocks().size() - 1);
    assertThat(actions.getElements())
        .map(e -> (ButtonElement) e)
        .extracting(ButtonElement::getActionId, ButtonElement::getValue, ButtonElement::getStyle)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("aiir:promote:X:1", "aiir:promote:X:1", "primary"),
            org.assertj.core.groups.Tuple.tuple("aiir:halt:X:1", "aiir:halt:X:1", "danger"),
            org.assertj.core.groups.Tuple.tuple("aiir:status:X:", "aiir:status:X:", null));
    assertThat(rendered.text()).doesNotContain("Promote");
  }

  @Test
  void aMessageTooBigForBlocksKeepsItsButtonsUnderItsTextCutShort() {
    // Each line fills a section, so sixty of them are more blocks than Slack takes.
    List<String> lines = Collections.nCopies(60, "x".repeat(BlockKit.MAX_SECTION_TEXT - 10));

    SlackMessage rendered =
        BlockKit.render(
            Message.of("Digest", List.of(), lines)
                .withChoices(List.of(new Choice("aiir:snooze:X:1", "Snooze", Choice.Style.PLAIN))));

    assertThat(rendered.blocks()).hasSize(2);
    assertThat(((SectionBlock) rendered.blocks().get(0)).getText().getText())
        .hasSizeLessThanOrEqualTo(BlockKit.MAX_SECTION_TEXT);
    assertThat(rendered.blocks().get(1)).isInstanceOf(ActionsBlock.class);
  }

  @Test
  void aPressedMessageKeepsItsBlocksLosesItsButtonsWhenSettledAndSaysWhoDidWhat() {
    List<LayoutBlock> original =
        BlockKit.render(
                Message.text("Nudge")
                    .withChoices(
                        List.of(new Choice("aiir:snooze:X:1", "Snooze", Choice.Style.PLAIN))))
            .blocks();

    List<LayoutBlock> settled =
        SlackButtons.recorded(original, "Snoozed by @a<b> at 14:05 UTC.", true);
    List<LayoutBlock> kept = SlackButtons.recorded(original, "PIR draft made by @a.", false);

    assertThat(settled).hasSize(2).noneMatch(b -> b instanceof ActionsBlock);
    assertThat(settled.get(1)).isInstanceOf(ContextBlock.class);
    assertThat(settled.get(1).toString()).contains("Snoozed by @a&lt;b&gt; at 14:05 UTC.");
    assertThat(kept).hasSize(3).anyMatch(b -> b instanceof ActionsBlock);
  }

  @Test
  void aFormBecomesAModalWithinSlacksLimitsItsFieldsKeyedByTheirKeys() {
    View view = SlackModals.view(FORM, ModalOrigin.message("C1", "1700000000.000100"));

    assertThat(view.getCallbackId()).isEqualTo("aiir:halt:AI-IR-2026-001:k2");
    assertThat(view.getTitle().getText()).hasSize(SlackModals.MAX_TITLE).endsWith("…");
    assertThat(view.getSubmit().getText()).isEqualTo("Halt");
    assertThat(view.getPrivateMetadata()).isEqualTo("C1 1700000000.000100");
    SectionBlock description = (SectionBlock) view.getBlocks().get(0);
    assertThat(description.getText().getText()).contains("stays text").doesNotContain("<!channel>");
    InputBlock reason = (InputBlock) view.getBlocks().get(1);
    assertThat(reason.getBlockId()).isEqualTo("reason");
    assertThat(reason.isOptional()).isFalse();
    PlainTextInputElement paragraph = (PlainTextInputElement) reason.getElement();
    assertThat(paragraph.getActionId()).isEqualTo("reason");
    assertThat(paragraph.isMultiline()).isTrue();
    assertThat(paragraph.getMaxLength()).isEqualTo(2000);
    InputBlock link = (InputBlock) view.getBlocks().get(2);
    assertThat(link.isOptional()).isTrue();
    assertThat(((PlainTextInputElement) link.getElement()).getPlaceholder().getText())
        .isEqualTo("https://x");
    StaticSelectElement pick =
        (StaticSelectElement) ((InputBlock) view.getBlocks().get(3)).getElement();
    assertThat(pick.getOptions()).extracting(o -> o.getValue()).containsExactly("SEV-1", "SEV-2");
    assertThat(pick.getInitialOption().getValue()).isEqualTo("SEV-2");
  }

  @Test
  void answersAreReadByFieldKeyFromTextInputsAndSelects() {
    ViewState.Value text = new ViewState.Value();
    text.setType("plain_text_input");
    text.setValue("canary errors");
    ViewState.Value empty = new ViewState.Value();
    empty.setType("plain_text_input");
    ViewState.Value pick = new ViewState.Value();
    pick.setType("static_select");
    ViewState.SelectedOption chosen = new ViewState.SelectedOption();
    chosen.setValue("SEV-1");
    pick.setSelectedOption(chosen);
    ViewState state = new ViewState();
    state.setValues(
        Map.of(
            "reason", Map.of("reason", text),
            "link", Map.of("link", empty),
            "severity", Map.of("severity", pick)));

    assertThat(SlackModals.answers(state))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("reason", "canary errors", "link", "", "severity", "SEV-1"));
  }

  @Test
  void theOriginSurvivesPrivateMetadataAndJunkIsNotOurs() {
    assertThat(ModalOrigin.decode(ModalOrigin.channel("C1").encode()))
        .contains(new ModalOrigin("C1", Optional.empty()));
    assertThat(ModalOrigin.decode(ModalOrigin.message("D9", "1.000200").encode()))
        .contains(new ModalOrigin("D9", Optional.of("1.000200")));
    assertThat(ModalOrigin.decode("")).isEmpty();
    assertThat(ModalOrigin.decode("a b c")).isEmpty();
  }
}
