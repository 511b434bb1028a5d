package dev.aiir.commands.export;

import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.Backoff;
import dev.aiir.commands.model.ExportRoute;
import dev.aiir.commands.model.ExportRoutes;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.ExportClients;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.testing.BotFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A workspace with a route exports by itself at resolution, and keeps its trackers in step. */
class AutomaticExportsTest {
  private final FakeTracker jira = new FakeTracker("OPS");
  private final FakeWiki confluence = new FakeWiki();
  private final BotFixture fixture =
      new BotFixture(
          "2026-03-12T14:40:00Z",
          CoreSettings.defaults()
              .withExports(
                  new ExportRoutes(
                      Set.of(ExportTarget.JIRA, ExportTarget.CONFLUENCE),
                      new ExportRoute(
                          Optional.of(ExportTarget.JIRA),
                          Optional.of(ExportTarget.CONFLUENCE),
                          true),
                      Map.of(
                          new Tenant(dev.aiir.commands.chat.Platform.SLACK, "T2"),
                          ExportRoute.none()))),
          new ExportClients()
              .tracker(ExportTarget.JIRA, jira)
              .wiki(ExportTarget.CONFLUENCE, confluence));

  @BeforeEach
  void declareWithAnItem() {
    fixture.run("declare drift in embeddings --sev 2");
    fixture.run("action add P0 detect poisoned samples");
  }

  @Test
  void resolvingExportsEveryItemAndPublishesThePir() {
    fixture.run("resolve");
    assertThat(jira.issues).isEmpty(); // queued in resolve's transaction, run in the background

    int done = exportDue();

    assertThat(done).isEqualTo(2);
    assertThat(jira.issues).containsOnlyKeys("OPS#1");
    assertThat(confluence.pages).hasSize(1);
    assertThat(texts())
        .contains(
            "Action item 1 exported to Jira as OPS#1: https://tracker.example/OPS/1",
            "PIR published to Confluence: https://wiki.example/pages/100");
    assertThat(exportDue()).isZero();
  }

  @Test
  void anItemAddedOrTickedOffAfterResolutionFollows() {
    fixture.run("resolve");
    exportDue();

    fixture.run("action add P1 add a canary eval");
    fixture.run("action done 1");
    exportDue();

    assertThat(jira.issues).containsOnlyKeys("OPS#1", "OPS#2");
    assertThat(jira.issues.get("OPS#1").closed()).isTrue();
    assertThat(jira.calls).contains("update OPS#1");
  }

  @Test
  void beforeResolutionNothingIsExportedByItself() {
    fixture.run("action add P1 add a canary eval");

    assertThat(exportDue()).isZero();
    assertThat(jira.calls).isEmpty();
  }

  @Test
  void aFailingAutomaticExportTellsTheChannelOnceAndKeepsTrying() {
    jira.failNext(
        new ExportFailure(
            ExportFailure.Kind.UNREACHABLE, "Jira did not answer (connection refused)."));
    jira.failNext(
        new ExportFailure(
            ExportFailure.Kind.UNREACHABLE, "Jira did not answer (connection refused)."));
    fixture.run("resolve");

    exportDue();
    fixture.clock.advance(Duration.ofSeconds(1));
    exportDue();
    fixture.clock.advance(Duration.ofSeconds(3));
    exportDue();
    fixture.dispatcher.deliverDue();

    assertThat(jira.issues).containsOnlyKeys("OPS#1");
    List<String> told =
        fixture.chat.posts().stream().map(p -> p.text()).filter(t -> t.contains("Jira")).toList();
    assertThat(told)
        .containsExactly(
            "AI-IR-2026-001: exporting action item 1 to Jira failed: Jira did not answer"
                + " (connection refused). aiir tries again in 1 s, and keeps trying until it is"
                + " exported.");
  }

  @Test
  void anotherWorkspacesRouteDoesNotExportByItself() {
    Tenant other = new Tenant(dev.aiir.commands.chat.Platform.SLACK, "T2");
    fixture.in(other, SAM, "C9", "declare elsewhere");
    fixture.in(other, SAM, "C9", "action add P0 something");
    fixture.bot.execute(
        new dev.aiir.commands.handling.CommandContext(other, SAM, "C9", true), "resolve");

    exportDue();

    assertThat(jira.issues).isEmpty();
  }

  private int exportDue() {
    return new ExportDispatcher(fixture.core, Backoff.standard()).exportDue();
  }

  private List<String> texts() {
    return fixture.timeline("AI-IR-2026-001").stream().map(TimelineEntry::text).toList();
  }
}
