package dev.aiir.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.ExportTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's exports example is a configuration aiir reads as it says. */
class ReadmeExportsExampleTest {
  @TempDir Path dir;

  @Test
  void theReadmesExportsExampleIsRead() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```yaml\nexports:\n");
    String yaml = readme.substring(start + "```yaml\n".length(), readme.indexOf("```", start + 8));
    Path gitlabToken = dir.resolve("gitlab-token");
    Files.writeString(gitlabToken, "glpat-1\n");
    Map<String, String> env =
        Map.of(
            "AIIR_GITHUB_TOKEN", "1",
            "AIIR_GITHUB_WEBHOOK_SECRET", "2",
            "AIIR_GITLAB_WEBHOOK_TOKEN", "3",
            "AIIR_JIRA_TOKEN", "4",
            "AIIR_JIRA_WEBHOOK_SECRET", "5",
            "AIIR_NOTION_TOKEN", "6",
            "AIIR_GITLAB_TOKEN", "7");

    ExportsConfig exports =
        ConfigFile.parse(
                "aiir.yml", yaml.replace("/run/secrets/gitlab-token", gitlabToken.toString()), env)
            .exports();

    assertThat(exports.targets()).hasSize(ExportTarget.values().length);
    assertThat(exports.routes().forTenant(new Tenant(Platform.SLACK, "T0ACME")).actions())
        .contains(ExportTarget.GITHUB);
    assertThat(
            exports
                .routes()
                .forTenant(new Tenant(Platform.DISCORD, "112233445566778899"))
                .atResolve())
        .isFalse();
    assertThat(exports.routes().defaults().pir()).contains(ExportTarget.CONFLUENCE);
  }
}
