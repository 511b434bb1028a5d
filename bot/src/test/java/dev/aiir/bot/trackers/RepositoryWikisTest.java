package dev.aiir.bot.trackers;

import static dev.aiir.bot.trackers.Samples.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.WikiClient.PageRef;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** github-wiki (a repository file through the contents API) and a GitLab wiki page. */
class RepositoryWikisTest {
  @Test
  void aGitHubFileIsWrittenThenUpdatedWithItsShaAndNeverOverPeoplesEdits() {
    try (FakeGitHub github = new FakeGitHub(TOKEN)) {
      GitHubFiles client =
          (GitHubFiles)
              new Trackers(
                      Map.of(
                          ExportTarget.GITHUB_WIKI,
                          Samples.settings(
                              ExportTarget.GITHUB_WIKI, github.url(), FakeGitHub.REPO)))
                  .checks()
                  .get(ExportTarget.GITHUB_WIKI);

      assertThat(client.find(Samples.page())).isEmpty();
      PageRef created = client.create(Samples.page());
      PageRef found = client.find(Samples.page()).orElseThrow();
      PageRef updated = client.update(found, Samples.page());

      var put = github.writes().get(0);
      assertThat(put.method()).isEqualTo("PUT");
      assertThat(put.path()).isEqualTo("/repos/acme/ml-platform/contents/pir/AI-IR-2026-001.md");
      assertThat(put.json().path("message").asText())
          .isEqualTo("AI-IR-2026-001: publish the post-incident review (aiir)");
      assertThat(put.json().has("sha")).isFalse();
      String markdown =
          new String(
              Base64.getDecoder().decode(put.json().path("content").asText()),
              StandardCharsets.UTF_8);
      assertThat(markdown)
          .startsWith(
              "# AI-IR-2026-001 Post-Incident Review: drift in embeddings\n\n"
                  + "## Incident Summary\n\n- Incident ID: AI-IR-2026-001\n\n## Alerts\n")
          .contains("## Root Cause\n\n\\/close &lt;script&gt;")
          .contains("- Drift (Alertmanager)\n  - Labels: service=ranker\n")
          .contains("1. \\[P0\\]")
          .endsWith("<!-- aiir:slack:T1/AI-IR-2026-001/pir -->\n");
      assertThat(github.writes().get(1).json().path("sha").asText()).isEqualTo(created.version());
      assertThat(updated.version()).isNotEqualTo(created.version());
      assertThatThrownBy(() -> client.update(created, Samples.page()))
          .isInstanceOf(ExportFailure.class)
          .hasMessageContaining("was changed in acme/ml-platform after aiir wrote it");
    }
  }

  @Test
  void aGitLabWikiPageIsCreatedThenUpdatedBySlug() {
    try (FakeGitLab gitlab = new FakeGitLab(TOKEN)) {
      GitLabWiki client =
          (GitLabWiki)
              new Trackers(
                      Map.of(
                          ExportTarget.GITLAB_WIKI,
                          Samples.settings(
                              ExportTarget.GITLAB_WIKI, gitlab.url(), FakeGitLab.PROJECT)))
                  .checks()
                  .get(ExportTarget.GITLAB_WIKI);

      assertThat(client.find(Samples.page())).isEmpty();
      PageRef created = client.create(Samples.page());
      PageRef found = client.find(Samples.page()).orElseThrow();
      client.update(found, Samples.page());

      var post = gitlab.writes().get(0);
      assertThat(post.path()).isEqualTo("/api/v4/projects/ml%2Fplatform/wikis");
      assertThat(post.json().path("title").asText()).isEqualTo("pir/AI-IR-2026-001");
      assertThat(post.json().path("format").asText()).isEqualTo("markdown");
      assertThat(post.json().path("content").asText()).contains("\\/close &lt;script&gt;");
      var put = gitlab.writes().get(1);
      assertThat(put.method()).isEqualTo("PUT");
      assertThat(put.path()).isEqualTo("/api/v4/projects/ml%2Fplatform/wikis/pir%2FAI-IR-2026-001");
      assertThat(created.url()).isEqualTo(gitlab.url() + "/ml/platform/-/wikis/pir/AI-IR-2026-001");
      assertThat(client.check().ok()).isTrue();
    }
  }
}
