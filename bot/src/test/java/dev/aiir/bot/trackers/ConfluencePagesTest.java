package dev.aiir.bot.trackers;

import static dev.aiir.bot.trackers.Samples.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.bot.config.ExportTargetSettings;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.WikiPage;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.WikiClient.PageRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Confluence client against a local Confluence Cloud: REST API v1, storage format. */
class ConfluencePagesTest {
  private final FakeConfluence confluence = new FakeConfluence(TOKEN);
  private final ConfluencePages client = client(Optional.of("98305"));

  private ConfluencePages client(Optional<String> parent) {
    ExportTargetSettings s =
        Samples.settings(
            ExportTarget.CONFLUENCE,
            confluence.url() + "/wiki",
            FakeConfluence.SPACE,
            Optional.of(FakeJira.EMAIL));
    s =
        new ExportTargetSettings(
            s.target(),
            s.url(),
            s.token(),
            s.user(),
            s.project(),
            parent,
            s.issueType(),
            s.labels(),
            s.priorityLabels(),
            s.users(),
            Optional.empty(),
            s.path(),
            s.branch());
    return (ConfluencePages)
        new Trackers(Map.of(ExportTarget.CONFLUENCE, s)).checks().get(ExportTarget.CONFLUENCE);
  }

  @AfterEach
  void stop() {
    confluence.close();
  }

  @Test
  void aPageIsCreatedInTheSpaceUnderItsParentInStorageFormat() {
    PageRef ref = client.create(Samples.page());

    var post = confluence.writes().get(0);
    assertThat(post.path()).isEqualTo("/wiki/rest/api/content");
    assertThat(post.header("Authorization")).startsWith("Basic ");
    JsonNode body = post.json();
    assertThat(body.path("type").asText()).isEqualTo("page");
    assertThat(body.path("title").asText())
        .isEqualTo("AI-IR-2026-001 Post-Incident Review: drift in embeddings");
    assertThat(body.path("space").path("key").asText()).isEqualTo("OPS");
    assertThat(body.path("ancestors").toString()).isEqualTo("[{\"id\":\"98305\"}]");
    assertThat(body.path("body").path("storage").path("representation").asText())
        .isEqualTo("storage");
    String storage = body.path("body").path("storage").path("value").asText();
    assertThat(storage)
        .startsWith(
            "<h2>Incident Summary</h2><ul><li>Incident ID: AI-IR-2026-001</li></ul>"
                + "<h2>Alerts</h2><ul><li>Drift (Alertmanager)<ul><li>Labels: service=ranker</li>"
                + "</ul></li></ul>")
        .contains("<ol><li>[P0] /close &lt;script&gt;")
        .contains("&lt;ac:structured-macro ac:name=&quot;html&quot;/&gt;")
        .doesNotContain("<script>")
        .doesNotContain("<ac:")
        .endsWith("<p><sub>aiir:slack:T1/AI-IR-2026-001/pir</sub></p>");
    assertThat(ref)
        .isEqualTo(new PageRef("65537", "1", confluence.url() + "/wiki/spaces/OPS/pages/65537"));
  }

  @Test
  void aPageIsFoundByTitleAndUpdatedWithTheNextVersion() {
    client.create(Samples.page());

    PageRef found = client.find(Samples.page()).orElseThrow();
    PageRef updated = client.update(found, Samples.page());

    var search = confluence.requests().get(1);
    assertThat(search.path()).isEqualTo("/wiki/rest/api/content");
    assertThat(search.query())
        .containsEntry("spaceKey", "OPS")
        .containsEntry("title", "AI-IR-2026-001 Post-Incident Review: drift in embeddings")
        .containsEntry("type", "page");
    var put = confluence.writes().get(1);
    assertThat(put.path()).isEqualTo("/wiki/rest/api/content/65537");
    assertThat(put.json().path("version").path("number").asInt()).isEqualTo(2);
    assertThat(put.json().path("id").asText()).isEqualTo("65537");
    assertThat(updated.version()).isEqualTo("2");
  }

  @Test
  void aPageEditedInConfluenceSinceIsNotOverwritten() {
    PageRef published = client.create(Samples.page());
    confluence.editedByPeople(published.id());

    assertThatThrownBy(() -> client.update(published, Samples.page()))
        .isInstanceOf(ExportFailure.class)
        .hasMessageStartingWith("the page was edited in Confluence after aiir published version 1");
  }

  @Test
  void aPageOfTheSameTitleThatAiirDidNotPublishIsNeverTaken() {
    client.create(
        new WikiPage(Samples.INCIDENT, Samples.page().title(), List.of(), "someone else"));

    assertThatThrownBy(() -> client.find(Samples.page()))
        .isInstanceOf(ExportFailure.class)
        .hasMessageContaining("aiir did not publish it");
  }

  @Test
  void theCheckReadsTheUserTheSpaceAndTheParent() {
    client(Optional.empty()).create(Samples.page()); // the parent page must exist
    assertThat(client(Optional.of("65537")).check().detail())
        .isEqualTo(
            "OPS (Operations): reachable as aiir bot; Confluence says whether it may add pages only"
                + " when one is published");
    assertThatThrownBy(() -> client(Optional.of("1")).check())
        .hasMessageStartingWith("Confluence answered 404 Not Found: the parent page 1");
  }
}
