package dev.aiir.commands.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an incident's PIR was published: the page's id in its wiki (a Confluence content id, a
 * Notion page id, a file path or a wiki slug), its version there, and its link.
 *
 * @param version the wiki's version of the page (Confluence's number, a file's blob sha), or null
 */
public record PublishedPage(
    ExportTarget target, String pageId, String version, String url, Instant publishedAt) {
  public PublishedPage {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(pageId, "pageId");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
