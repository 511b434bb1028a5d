package dev.aiir.commands.choice;

import static dev.aiir.commands.choice.Buttons.idOf;
import static dev.aiir.commands.testing.BotFixture.LEE;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.NudgeCadences;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.StoreSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderButtonsTest {
  private static final String ID = "AI-IR-2026-001";
  private final BotFixture fixture =
      new BotFixture(
          "2026-03-12T14:00:00Z", CoreSettings.defaults().withNudges(NudgeCadences.standard()));

  private static CommandContext as(UserRef user) {
    return BotFixture.context(user);
  }

  private Message lastWith(String text) {
    List<Message> found =
        fixture.chat.messages().stream().filter(m -> m.plainText().contains(text)).toList();
    assertThat(found).as("a message containing " + text).isNotEmpty();
    return found.get(found.size() - 1);
  }

  private Message pirReminder() {
    fixture.as(SAM, "declare Assistant leaks prompts --sev 4");
    fixture.as(SAM, "resolve");
    fixture.advance(Duration.ofHours(25));
    return lastWith("PIR of " + ID + " is due");
  }

  private Message nudge() {
    fixture.as(SAM, "declare Assistant leaks prompts --sev 1");
    fixture.advance(Duration.ofMinutes(30));
    return lastWith("no timeline update");
  }

  private String lastEntry() {
    List<TimelineEntry> timeline = fixture.timeline(ID);
    return timeline.get(timeline.size() - 1).text();
  }

  @Test
  void aPirReminderOffersDraftNowAndMarkDone() {
    assertThat(pirReminder().choices())
        .extracting(Choice::label)
        .containsExactly("Draft now", "Mark done");
  }

  @Test
  void draftNowDraftsAndKeepsTheButtonsSoThePirCanStillBeMarkedDone() {
    String draft = idOf(pirReminder(), "Draft now");

    Pressed pressed = ((ChoiceStep.Answer) fixture.bot.press(as(LEE), draft)).pressed();

    assertThat(pressed.reply().refused()).isFalse();
    assertThat(pressed.reply().plainText()).contains("Assistant leaks prompts");
    assertThat(pressed.record()).contains("PIR draft made by @lee at 15:00 UTC.");
    assertThat(pressed.settles()).isFalse();
  }

  @Test
  void markDoneAsksForTheLinkThenClosesTheIncidentOnce() {
    String done = idOf(pirReminder(), "Mark done");

    Form form = ((ChoiceStep.Ask) fixture.bot.press(as(SAM), done)).form();
    Pressed pressed =
        fixture.bot.submit(as(SAM), done, Map.of("link", "https://wiki.example.com/pir/1"));
    StoreSnapshot closed = fixture.snapshot();
    ChoiceStep again = fixture.bot.press(as(SAM), done);

    assertThat(form.fields()).extracting(f -> f.key()).containsExactly("link");
    assertThat(pressed.record()).contains("PIR marked done by @sam at 15:00 UTC.");
    assertThat(pressed.settles()).isTrue();
    assertThat(fixture.incident(ID).state()).isEqualTo(IncidentState.CLOSED);
    Pressed second = ((ChoiceStep.Answer) again).pressed();
    assertThat(second.reply().isPrivate()).isTrue();
    assertThat(second.reply().plainText()).contains("already marked done");
    assertThat(fixture.snapshot()).isEqualTo(closed);
  }

  @Test
  void aNudgeOffersPostUpdateAndSnooze() {
    assertThat(nudge().choices())
        .extracting(Choice::label)
        .containsExactly("Post update", "Snooze 30 min");
  }

  @Test
  void postUpdateAsksForTheTextAndLogsItAsThePresser() {
    String update = idOf(nudge(), "Post update");

    Form form = ((ChoiceStep.Ask) fixture.bot.press(as(LEE), update)).form();
    Pressed pressed =
        fixture.bot.submit(as(LEE), update, Map.of("text", "rolled back to v41, watching"));

    assertThat(form.fields()).extracting(f -> f.key()).containsExactly("text");
    assertThat(pressed.record()).contains("Update posted by @lee at 14:30 UTC.");
    assertThat(lastEntry()).isEqualTo("rolled back to v41, watching");
    assertThat(fixture.timeline(ID).get(fixture.timeline(ID).size() - 1).author()).isEqualTo(LEE);
  }

  @Test
  void snoozeSnoozesForThirtyMinutesAndASecondPressChangesNothing() {
    String snooze = idOf(nudge(), "Snooze 30 min");

    Pressed pressed = ((ChoiceStep.Answer) fixture.bot.press(as(SAM), snooze)).pressed();
    StoreSnapshot snoozed = fixture.snapshot();
    Pressed again = ((ChoiceStep.Answer) fixture.bot.press(as(SAM), snooze)).pressed();

    assertThat(pressed.record()).contains("Nudges snoozed for 30 minutes by @sam at 14:30 UTC.");
    assertThat(lastEntry()).contains("snoozed until").contains("30 minutes");
    assertThat(again.reply().refused()).isTrue();
    assertThat(again.reply().plainText()).contains("out of date");
    assertThat(again.record()).isEmpty();
    assertThat(fixture.snapshot()).isEqualTo(snoozed);
  }

  @Test
  void snoozeFromANudgeOfAnIncidentSinceResolvedSaysSoAndChangesNothing() {
    String snooze = idOf(nudge(), "Snooze 30 min");
    fixture.as(SAM, "resolve");
    StoreSnapshot before = fixture.snapshot();

    Pressed pressed = ((ChoiceStep.Answer) fixture.bot.press(as(SAM), snooze)).pressed();

    assertThat(pressed.reply().refused()).isTrue();
    assertThat(pressed.reply().plainText()).contains("no status-update nudges to snooze");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @Test
  void snoozeFromANudgeThatAnUpdateAnsweredChangesNothing() {
    String snooze = idOf(nudge(), "Snooze 30 min");
    fixture.as(SAM, "log still degraded, paging vendor");
    StoreSnapshot before = fixture.snapshot();

    Pressed pressed = ((ChoiceStep.Answer) fixture.bot.press(as(SAM), snooze)).pressed();

    assertThat(pressed.reply().refused()).isTrue();
    assertThat(fixture.snapshot()).isEqualTo(before);
  }
}
