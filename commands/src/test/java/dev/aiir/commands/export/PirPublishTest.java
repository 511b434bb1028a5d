package dev.aiir.commands.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.DocBlock;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.model.WikiPage;
import dev.aiir.commands.port.ExportClients;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.testing.BotFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code pir publish}: a page created once, updated in place, its link on the timeline. */
class PirPublishTest {
  private final FakeWiki confluence = new FakeWiki();
  private final BotFixture fixture =
      new BotFixture(
          "2026-03-12T14:40:00Z",
          CoreSettings.defaults(),
          new ExportClients().wiki(ExportTarget.CONFLUENCE, confluence));

  @BeforeEach
  void declare() {
    fixture.run("declare drift in embeddings --sev 2");
    fixture.run("rootcause a <b>poisoned</b> shard");
    fixture.run("action add P0 detect poisoned samples");
  }

  @Test
  void publishingCreatesThePageThenUpdatesItInPlace() {
    Reply first = fixture.run("pir publish");
    Reply second = fixture.run("pir publish --to confluence");

    assertThat(first.plainText())
        .isEqualTo("AI-IR-2026-001: PIR published to Confluence\nhttps://wiki.example/pages/100");
    assertThat(second.plainText())
        .isEqualTo("AI-IR-2026-001: PIR updated in Confluence\nhttps://wiki.example/pages/100");
    assertThat(confluence.pages).hasSize(1);
    assertThat(confluence.calls)
        .containsExactly(
            "find AI-IR-2026-001 Post-Incident Review: drift in embeddings",
            "create AI-IR-2026-001 Post-Incident Review: drift in embeddings",
            "update 100 v1");
    assertThat(texts())
        .contains(
            "PIR published to Confluence: https://wiki.example/pages/100",
            "PIR republished to Confluence: https://wiki.example/pages/100");
  }

  @Test
  void thePageHoldsTheDraftAsBlocksOfLiteralText() {
    fixture.run("pir publish");

    WikiPage page = confluence.pages.get("100");
    assertThat(page.marker()).isEqualTo("aiir:slack:T1/AI-IR-2026-001/pir");
    assertThat(page.blocks())
        .contains(
            DocBlock.heading(2, "Incident Summary"),
            DocBlock.bullet("Incident ID: AI-IR-2026-001"),
            DocBlock.heading(2, "Root Cause"),
            DocBlock.paragraph("a <b>poisoned</b> shard"),
            DocBlock.numbered("[P0] detect poisoned samples"));
    assertThat(page.blocks().get(0)).isEqualTo(DocBlock.heading(2, "Incident Summary"));
  }

  @Test
  void aPageFoundByItsTitleIsUpdatedNotCreatedTwice() {
    confluence.failNext(
        new ExportFailure(ExportFailure.Kind.TARGET_ERROR, "Confluence answered 502."));

    Reply failed = fixture.run("pir publish");
    fixture.clock.advance(java.time.Duration.ofSeconds(2));
    confluence.create(
        new WikiPage(
            new dev.aiir.commands.model.IncidentId("AI-IR-2026-001"),
            "AI-IR-2026-001 Post-Incident Review: drift in embeddings",
            List.of(),
            "aiir:slack:T1/AI-IR-2026-001/pir"));
    new ExportDispatcher(fixture.core, dev.aiir.commands.model.Backoff.standard()).exportDue();

    assertThat(failed.plainText()).startsWith("Confluence could not take the export now");
    assertThat(confluence.pages).hasSize(1);
    assertThat(confluence.calls).endsWith("update 100 v1");
  }

  @Test
  void aTrackerIsNoWiki() {
    assertThat(fixture.run("pir publish --to jira").plainText())
        .startsWith("jira is an issue tracker: the PIR goes to a wiki");
    assertThat(fixture.run("pir publish --to notion").plainText())
        .isEqualTo(
            "Notion (notion) is not set up in this bot's configuration; wikis set up:"
                + " confluence.");
  }

  private List<String> texts() {
    return fixture.timeline("AI-IR-2026-001").stream().map(TimelineEntry::text).toList();
  }
}
