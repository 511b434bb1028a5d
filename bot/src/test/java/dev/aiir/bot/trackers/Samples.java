package dev.aiir.bot.trackers;

import dev.aiir.bot.config.ExportTargetSettings;
import dev.aiir.bot.config.Secret;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.DocBlock;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.TrackerIssue;
import dev.aiir.commands.model.WikiPage;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Issues, pages and targets for the vendor clients' tests, with text meant to do harm. */
final class Samples {
  static final String TOKEN = "tok-3c1f0e9a-never-logged";

  /** Markup of every target, mentions, a quick action and HTML: all must show as written. */
  static final String HOSTILE =
      "/close <script>alert(1)</script> **bold** _it_ [x](javascript:alert(1)) @channel @here"
          + " <!channel> #12 [~admin] {code}x{code} <ac:structured-macro ac:name=\"html\"/> & done";

  static final IncidentId INCIDENT = new IncidentId("AI-IR-2026-001");
  static final String MARKER = "aiir:slack:T1/AI-IR-2026-001/1";

  private Samples() {}

  static TrackerIssue issue(boolean done) {
    return new TrackerIssue(
        INCIDENT,
        1,
        Priority.P0,
        "AI-IR-2026-001: " + HOSTILE,
        List.of(
            DocBlock.paragraph(HOSTILE),
            DocBlock.bullet("Priority: P0"),
            DocBlock.bullet("Owner in chat: @lee"),
            DocBlock.link(
                "The incident's channel", "https://slack.com/app_redirect?team=T1&channel=C1")),
        List.of(INCIDENT.value()),
        Optional.of(new UserRef("U0LEE", "lee")),
        MARKER,
        done);
  }

  static WikiPage page() {
    return new WikiPage(
        INCIDENT,
        "AI-IR-2026-001 Post-Incident Review: drift in embeddings",
        List.of(
            DocBlock.heading(2, "Incident Summary"),
            DocBlock.bullet("Incident ID: AI-IR-2026-001"),
            DocBlock.heading(2, "Alerts"),
            DocBlock.bullet("Drift (Alertmanager)"),
            new DocBlock(DocBlock.Kind.BULLET, 1, "Labels: service=ranker", null),
            DocBlock.heading(2, "Root Cause"),
            DocBlock.paragraph(HOSTILE),
            DocBlock.heading(2, "Action Items"),
            DocBlock.numbered("[P0] " + HOSTILE),
            DocBlock.numbered("[P1] add a canary eval")),
        "aiir:slack:T1/AI-IR-2026-001/pir");
  }

  static ExportTargetSettings settings(ExportTarget target, String url, String project) {
    return settings(target, url, project, Optional.empty());
  }

  static ExportTargetSettings settings(
      ExportTarget target, String url, String project, Optional<String> email) {
    return new ExportTargetSettings(
        target,
        URI.create(url),
        new Secret(TOKEN, "env AIIR_TEST_TOKEN"),
        email,
        project,
        Optional.empty(),
        "Task",
        List.of("incident-follow-up"),
        Map.of(Priority.P0, "priority: P0"),
        Map.of("U0LEE", target == ExportTarget.GITLAB ? "7" : "lee-gh"),
        Optional.of(new Secret("hook-secret", "env AIIR_TEST_HOOK")),
        "pir",
        Optional.empty());
  }
}
