package dev.aiir.bot.trackers;

import static dev.aiir.bot.trackers.Samples.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.model.DocBlock;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.WikiPage;
import dev.aiir.commands.port.WikiClient.PageRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Notion client against a local Notion: pages and blocks, 100 at a time. */
class NotionPagesTest {
  private final FakeNotion notion = new FakeNotion(TOKEN);
  private final NotionPages client =
      (NotionPages)
          new Trackers(
                  Map.of(
                      ExportTarget.NOTION,
                      Samples.settings(ExportTarget.NOTION, notion.url(), FakeNotion.PARENT)))
              .checks()
              .get(ExportTarget.NOTION);

  @AfterEach
  void stop() {
    notion.close();
  }

  @Test
  void aPageIsCreatedUnderTheParentWithItsBlocksAsRichText() {
    PageRef ref = client.create(Samples.page());

    var post = notion.writes().get(0);
    assertThat(post.path()).isEqualTo("/v1/pages");
    assertThat(post.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(post.header("Notion-Version")).isEqualTo("2022-06-28");
    JsonNode body = post.json();
    assertThat(body.path("parent").path("page_id").asText()).isEqualTo(FakeNotion.PARENT);
    assertThat(body.at("/properties/title/title/0/text/content").asText())
        .isEqualTo("AI-IR-2026-001 Post-Incident Review: drift in embeddings");
    JsonNode children = body.path("children");
    assertThat(children.path(0).path("type").asText()).isEqualTo("heading_2");
    assertThat(children.path(0).path("object").asText()).isEqualTo("block");
    JsonNode alert = children.path(3);
    assertThat(alert.path("type").asText()).isEqualTo("bulleted_list_item");
    assertThat(
            alert
                .at("/bulleted_list_item/children/0/bulleted_list_item/rich_text/0/text/content")
                .asText())
        .isEqualTo("Labels: service=ranker");
    assertThat(children.path(5).at("/paragraph/rich_text/0/text/content").asText())
        .isEqualTo(Samples.HOSTILE);
    assertThat(notion.texts(ref.id()))
        .endsWith("paragraph: aiir ref: aiir:slack:T1/AI-IR-2026-001/pir");
  }

  @Test
  void aLongPageGoesUpAHundredBlocksAtATimeAndIsReplacedOnUpdate() {
    List<DocBlock> blocks = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      blocks.add(DocBlock.bullet("line " + i));
    }
    WikiPage long_ = new WikiPage(Samples.INCIDENT, "AI-IR-2026-001 long", blocks, "aiir:x/pir");

    PageRef ref = client.create(long_);
    PageRef found = client.find(long_).orElseThrow();
    client.update(found, Samples.page());

    assertThat(notion.writes().get(0).json().path("children").size()).isEqualTo(100);
    assertThat(
            notion.writes().stream().filter(r -> r.is("PATCH", "/v1/blocks/.*/children")).count())
        .isGreaterThanOrEqualTo(2);
    assertThat(found.id()).isEqualTo(ref.id());
    assertThat(notion.texts(ref.id())).hasSize(Samples.page().blocks().size());
    assertThat(notion.requests()).anyMatch(r -> r.method().equals("DELETE"));
  }

  @Test
  void theCheckAsksWhoTheIntegrationIsAndReadsTheParent() {
    assertThat(client.check().detail())
        .isEqualTo("the parent page " + FakeNotion.PARENT + ": reachable as the integration aiir");
    assertThat(notion.writes()).isEmpty();
  }
}
