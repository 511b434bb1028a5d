package dev.aiir.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.ExportRoute;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.Priority;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The configuration file's exports: targets, their secrets and mappings, and the routes. */
class ExportsConfigTest {
  private static final String GITHUB_TOKEN = "ghp-5f0c2b-secret";
  private static final Map<String, String> ENV =
      Map.of(
          "AIIR_GITHUB_TOKEN", GITHUB_TOKEN,
          "AIIR_JIRA_TOKEN", "jira-api-token-1",
          "AIIR_GITHUB_WEBHOOK_SECRET", "gh-hook-2");

  @TempDir Path dir;

  private static ExportsConfig parse(String yaml) {
    return ConfigFile.parse("aiir.yml", yaml, ENV).exports();
  }

  @Test
  void everyTargetIsReadWithItsDefaultsSecretsAndMappings() throws Exception {
    Path notionToken = dir.resolve("notion-token");
    Files.writeString(notionToken, "secret_notion_3\n");
    ExportsConfig exports =
        parse(
            """
            exports:
              github:
                token_env: AIIR_GITHUB_TOKEN
                repo: acme/ml-platform
                labels: [incident-follow-up]
                priority_labels: {P0: "priority: P0"}
                users: {U0LEE: lee-gh}
                webhook_secret_env: AIIR_GITHUB_WEBHOOK_SECRET
              jira:
                url: https://acme.atlassian.net/
                email: aiir-bot@acme.example
                token_env: AIIR_JIRA_TOKEN
                project: OPS
                issue_type: Bug
              confluence:
                url: https://acme.atlassian.net/wiki
                email: aiir-bot@acme.example
                token_env: AIIR_JIRA_TOKEN
                space: OPS
                parent: "98305"
              notion:
                token_file: %s
                parent: 1429989f-e8ac-4eff-bc8f-57f56486db54
              github-wiki:
                token_env: AIIR_GITHUB_TOKEN
                repo: acme/handbook
                path: /reviews/
                branch: main
              gitlab-wiki:
                url: https://gitlab.acme.example
                token_env: AIIR_GITHUB_TOKEN
                project: ml/platform
              routes:
                default: {actions: jira, pir: confluence}
                slack:T0ACME: {actions: github, pir: github-wiki, at_resolve: false}
            """
                .formatted(notionToken));

    ExportTargetSettings github = exports.targets().get(ExportTarget.GITHUB);
    assertThat(github.url()).isEqualTo(URI.create("https://api.github.com"));
    assertThat(github.project()).isEqualTo("acme/ml-platform");
    assertThat(github.labelOf(Priority.P0)).isEqualTo("priority: P0");
    assertThat(github.labelOf(Priority.P1)).isEqualTo("P1");
    assertThat(github.users()).containsEntry("U0LEE", "lee-gh");
    assertThat(github.webhookSecret().orElseThrow().origin())
        .isEqualTo("env AIIR_GITHUB_WEBHOOK_SECRET");
    assertThat(github.toString()).doesNotContain(GITHUB_TOKEN).contains("env AIIR_GITHUB_TOKEN");
    ExportTargetSettings jira = exports.targets().get(ExportTarget.JIRA);
    assertThat(jira.url()).isEqualTo(URI.create("https://acme.atlassian.net"));
    assertThat(jira.user()).contains("aiir-bot@acme.example");
    assertThat(jira.issueType()).isEqualTo("Bug");
    assertThat(exports.targets().get(ExportTarget.CONFLUENCE).parent()).contains("98305");
    assertThat(exports.targets().get(ExportTarget.NOTION).token().origin())
        .isEqualTo("file " + notionToken);
    assertThat(exports.targets().get(ExportTarget.NOTION).url())
        .isEqualTo(URI.create("https://api.notion.com"));
    assertThat(exports.targets().get(ExportTarget.GITHUB_WIKI).path()).isEqualTo("reviews");
    assertThat(exports.targets().get(ExportTarget.GITHUB_WIKI).branch()).contains("main");
    assertThat(exports.routes().defaults())
        .isEqualTo(
            new ExportRoute(
                Optional.of(ExportTarget.JIRA), Optional.of(ExportTarget.CONFLUENCE), true));
    assertThat(exports.routes().forTenant(new Tenant(Platform.SLACK, "T0ACME")))
        .isEqualTo(
            new ExportRoute(
                Optional.of(ExportTarget.GITHUB), Optional.of(ExportTarget.GITHUB_WIKI), false));
    assertThat(exports.routes().configured()).hasSize(6);
  }

  @Test
  void withoutRoutesNothingIsExportedByItself() {
    ExportsConfig exports =
        parse("exports:\n  github: {token_env: AIIR_GITHUB_TOKEN, repo: acme/ml}\n");

    assertThat(exports.routes().defaults()).isEqualTo(ExportRoute.none());
    assertThat(exports.routes().configured()).containsExactly(ExportTarget.GITHUB);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          'exports: {}'                                                     | AIIR_CONFIG aiir.yml:1: exports: set up at least one tracker (github, gitlab, jira) or wiki (confluence, notion, github-wiki, gitlab-wiki)
          'exports: {trello: {}}'                                           | AIIR_CONFIG aiir.yml:1: exports: unknown key 'trello'
          'exports: {github: {token: ghp_x, repo: a/b}}'                    | AIIR_CONFIG aiir.yml:1: exports.github.token: keep secrets out of this file: name an environment variable (token_env) or a file (token_file) that holds it
          'exports: {github: {repo: a/b}}'                                  | AIIR_CONFIG aiir.yml:1: exports.github: give the token as token_env or token_file (exactly one)
          'exports: {github: {token_env: NOPE, repo: a/b}}'                 | AIIR_CONFIG aiir.yml:1: exports.github.token_env: the environment variable NOPE is not set
          'exports: {github: {token_env: AIIR_GITHUB_TOKEN, repo: ml}}'     | AIIR_CONFIG aiir.yml:1: exports.github.repo: 'ml' is not a repository as owner/name
          'exports: {jira: {token_env: AIIR_JIRA_TOKEN, project: OPS}}'     | AIIR_CONFIG aiir.yml:1: exports.jira.url: missing: give Jira's address, such as https://acme.atlassian.net
          'exports: {jira: {url: ftp://x, token_env: AIIR_JIRA_TOKEN, project: OPS}}' | AIIR_CONFIG aiir.yml:1: exports.jira.url: 'ftp://x' is not an http(s) address
          'exports: {jira: {url: https://x, token_env: AIIR_JIRA_TOKEN, project: ops}}' | AIIR_CONFIG aiir.yml:1: exports.jira.project: 'ops' is not a Jira project key such as OPS
          'exports: {github: {token_env: AIIR_GITHUB_TOKEN, repo: a/b}, routes: {default: {actions: jira}}}' | AIIR_CONFIG aiir.yml:1: exports.routes.default.actions: jira is not set up under exports
          'exports: {github: {token_env: AIIR_GITHUB_TOKEN, repo: a/b}, routes: {default: {pir: github}}}'   | AIIR_CONFIG aiir.yml:1: exports.routes.default.pir: github is a tracker; the pir goes to a wiki (confluence|notion|github-wiki|gitlab-wiki)
          'exports: {github: {token_env: AIIR_GITHUB_TOKEN, repo: a/b}, routes: {nowhere: {actions: github}}}' | AIIR_CONFIG aiir.yml:1: exports.routes.nowhere: name a workspace as slack:T0123ABC, a guild as discord:1234, or use default
          """)
  void aMistakeStopsStartUpNamingThePlaceAndNeverASecret(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(message)
        .hasMessageNotContaining(GITHUB_TOKEN)
        .hasMessageNotContaining("ghp_x");
  }
}
