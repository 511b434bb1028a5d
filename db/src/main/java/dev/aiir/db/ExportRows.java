package dev.aiir.db;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.PublishedPage;
import dev.aiir.commands.model.TrackedIssue;
import dev.aiir.commands.port.ExportTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.statement.StatementContext;

/** The {@code export_jobs}, {@code tracker_issues} and {@code pir_pages} tables of one tenant. */
final class ExportRows implements ExportTable {
  // The partial unique index settles a job asked for twice: the second inserts nothing and the
  // pending one's id is read back.
  private static final String ENQUEUE =
      """
      INSERT INTO export_jobs
        (tenant_platform, tenant_workspace, incident_id, target, item_number, automatic,
         requested_by_id, requested_by_name, created_at, next_attempt_at)
      VALUES
        (:tenant_platform, :tenant_workspace, :incident_id, :target, :item_number, :automatic,
         :requested_by_id, :requested_by_name, :created_at, :next_attempt_at)
      ON CONFLICT (tenant_platform, tenant_workspace, incident_id, target, item_number)
        WHERE done_at IS NULL
      DO NOTHING
      RETURNING id
      """;
  private static final String PENDING =
      """
      SELECT id FROM export_jobs
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
        AND incident_id = :incident_id AND target = :target AND item_number = :item_number
        AND done_at IS NULL
      """;
  private static final String ISSUES =
      """
      SELECT item_number, target, issue_key, url, closed, changed_by, changed_at
      FROM tracker_issues
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
        AND incident_id = :incident_id
      ORDER BY item_number, target
      """;
  private static final String SAVE_ISSUE =
      """
      INSERT INTO tracker_issues
        (tenant_platform, tenant_workspace, incident_id, item_number, target, issue_key, url,
         closed, changed_by, changed_at)
      VALUES
        (:tenant_platform, :tenant_workspace, :incident_id, :item_number, :target, :issue_key,
         :url, :closed, :changed_by, :changed_at)
      ON CONFLICT (tenant_platform, tenant_workspace, incident_id, item_number, target)
      DO UPDATE SET issue_key = excluded.issue_key, url = excluded.url, closed = excluded.closed,
        changed_by = excluded.changed_by, changed_at = excluded.changed_at
      """;
  private static final String PAGES =
      """
      SELECT target, page_id, version, url, published_at
      FROM pir_pages
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
        AND incident_id = :incident_id
      ORDER BY target
      """;
  private static final String SAVE_PAGE =
      """
      INSERT INTO pir_pages
        (tenant_platform, tenant_workspace, incident_id, target, page_id, version, url,
         published_at)
      VALUES
        (:tenant_platform, :tenant_workspace, :incident_id, :target, :page_id, :version, :url,
         :published_at)
      ON CONFLICT (tenant_platform, tenant_workspace, incident_id, target)
      DO UPDATE SET page_id = excluded.page_id, version = excluded.version, url = excluded.url,
        published_at = excluded.published_at
      """;

  private final TenantScope scope;

  ExportRows(TenantScope scope) {
    this.scope = scope;
  }

  @Override
  public long enqueue(
      IncidentId id,
      ExportTarget target,
      int item,
      boolean automatic,
      UserRef requestedBy,
      Instant at,
      Instant notBefore) {
    return Columns.bindUser(scope.query(ENQUEUE), "requested_by", requestedBy)
        .bind("incident_id", id.value())
        .bind("target", target.key())
        .bind("item_number", item)
        .bind("automatic", automatic ? 1 : 0)
        .bind("created_at", Columns.millis(at))
        .bind("next_attempt_at", Columns.millis(notBefore))
        .mapTo(Long.class)
        .findOne()
        .orElseGet(
            () ->
                scope
                    .query(PENDING)
                    .bind("incident_id", id.value())
                    .bind("target", target.key())
                    .bind("item_number", item)
                    .mapTo(Long.class)
                    .one());
  }

  @Override
  public List<TrackedIssue> issues(IncidentId id) {
    return scope.query(ISSUES).bind("incident_id", id.value()).map(ExportRows::issue).list();
  }

  @Override
  public void saveIssue(IncidentId id, TrackedIssue issue) {
    scope
        .update(SAVE_ISSUE)
        .bind("incident_id", id.value())
        .bind("item_number", issue.item())
        .bind("target", issue.target().key())
        .bind("issue_key", issue.key())
        .bind("url", issue.url())
        .bind("closed", issue.closed() ? 1 : 0)
        .bind("changed_by", issue.changedBy())
        .bind("changed_at", Columns.millis(issue.changedAt()))
        .execute();
  }

  @Override
  public List<PublishedPage> pages(IncidentId id) {
    return scope.query(PAGES).bind("incident_id", id.value()).map(ExportRows::page).list();
  }

  @Override
  public void savePage(IncidentId id, PublishedPage page) {
    scope
        .update(SAVE_PAGE)
        .bind("incident_id", id.value())
        .bind("target", page.target().key())
        .bind("page_id", page.pageId())
        .bind("version", page.version())
        .bind("url", page.url())
        .bind("published_at", Columns.millis(page.publishedAt()))
        .execute();
  }

  static ExportTarget target(String key) {
    return Codes.parse(ExportTarget.class, key, ExportTarget::key);
  }

  private static TrackedIssue issue(ResultSet row, StatementContext context) throws SQLException {
    return new TrackedIssue(
        row.getInt("item_number"),
        target(row.getString("target")),
        row.getString("issue_key"),
        row.getString("url"),
        row.getInt("closed") == 1,
        row.getString("changed_by"),
        Columns.instant(row, "changed_at"));
  }

  private static PublishedPage page(ResultSet row, StatementContext context) throws SQLException {
    return new PublishedPage(
        target(row.getString("target")),
        row.getString("page_id"),
        row.getString("version"),
        row.getString("url"),
        Columns.instant(row, "published_at"));
  }
}
