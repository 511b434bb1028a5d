package dev.aiir.commands.port;

import dev.aiir.commands.model.TrackerIssue;
import java.util.Optional;

/**
 * One issue tracker (GitHub, GitLab, Jira) as the export needs it. Each call either does what it
 * says or throws {@link ExportFailure}.
 */
public interface TrackerClient {

  /** The issue created for this action item earlier, found by its marker; empty if none. */
  Optional<IssueRef> find(TrackerIssue issue);

  IssueRef create(TrackerIssue issue);

  /** Updates the issue {@code key} to say what {@code issue} says (closing it when done). */
  IssueRef update(String key, TrackerIssue issue);

  /** An issue in the tracker: its key ({@code acme/ml#12}, {@code OPS-12}) and its link. */
  record IssueRef(String key, String url) {}
}
