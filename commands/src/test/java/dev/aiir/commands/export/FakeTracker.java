package dev.aiir.commands.export;

import dev.aiir.commands.model.TrackerIssue;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.TrackerClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A tracker in memory: issues by key, with failures to inject before or after a call is done. */
final class FakeTracker implements TrackerClient {
  final Map<String, TrackerIssue> issues = new LinkedHashMap<>();
  final List<String> calls = new ArrayList<>();
  private final String repo;
  private final List<ExportFailure> failBefore = new ArrayList<>();
  private boolean loseNextCreateAnswer;

  FakeTracker(String repo) {
    this.repo = repo;
  }

  /** The next call fails with {@code failure} before doing anything. */
  FakeTracker failNext(ExportFailure failure) {
    failBefore.add(failure);
    return this;
  }

  /** The next create makes the issue, then its answer is lost (a timeout). */
  FakeTracker loseNextCreateAnswer() {
    loseNextCreateAnswer = true;
    return this;
  }

  @Override
  public Optional<IssueRef> find(TrackerIssue issue) {
    call("find " + issue.marker());
    return issues.entrySet().stream()
        .filter(e -> e.getValue().marker().equals(issue.marker()))
        .findFirst()
        .map(e -> ref(e.getKey()));
  }

  @Override
  public IssueRef create(TrackerIssue issue) {
    call("create " + issue.title());
    String key = repo + "#" + (issues.size() + 1);
    issues.put(key, issue);
    if (loseNextCreateAnswer) {
      loseNextCreateAnswer = false;
      throw new ExportFailure(ExportFailure.Kind.UNREACHABLE, "the request timed out.");
    }
    return ref(key);
  }

  @Override
  public IssueRef update(String key, TrackerIssue issue) {
    call("update " + key);
    if (!issues.containsKey(key)) {
      throw new ExportFailure(ExportFailure.Kind.NOT_FOUND, "no issue " + key + ".");
    }
    issues.put(key, issue);
    return ref(key);
  }

  private void call(String what) {
    calls.add(what);
    if (!failBefore.isEmpty()) {
      throw failBefore.remove(0);
    }
  }

  private IssueRef ref(String key) {
    return new IssueRef(key, "https://tracker.example/" + key.replace('#', '/'));
  }
}
