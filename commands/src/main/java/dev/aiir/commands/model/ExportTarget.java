package dev.aiir.commands.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where aiir exports to: issue trackers take action items, wikis take the PIR. The key is what
 * people type ({@code --to jira}) and what the configuration file names.
 */
public enum ExportTarget {
  GITHUB("github", "GitHub", true),
  GITLAB("gitlab", "GitLab", true),
  JIRA("jira", "Jira", true),
  CONFLUENCE("confluence", "Confluence", false),
  NOTION("notion", "Notion", false),
  GITHUB_WIKI("github-wiki", "GitHub", false),
  GITLAB_WIKI("gitlab-wiki", "GitLab wiki", false);

  private final String key;
  private final String label;
  private final boolean tracker;

  ExportTarget(String key, String label, boolean tracker) {
    this.key = key;
    this.label = label;
    this.tracker = tracker;
  }

  public String key() {
    return key;
  }

  /** How messages name it: {@code Jira}, {@code GitHub}. */
  public String label() {
    return label;
  }

  /** An issue tracker (action items), or else a wiki (the PIR). */
  public boolean isTracker() {
    return tracker;
  }

  public static Optional<ExportTarget> parse(String text) {
    String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }

  /** {@code github|gitlab|jira}: the keys of the trackers, or of the wikis. */
  public static String keys(boolean trackers) {
    return Arrays.stream(values())
        .filter(t -> t.tracker == trackers)
        .map(ExportTarget::key)
        .collect(Collectors.joining("|"));
  }
}
