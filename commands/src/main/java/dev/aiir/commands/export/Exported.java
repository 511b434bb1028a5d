package dev.aiir.commands.export;

import dev.aiir.commands.model.ExportJob;

/**
 * What one export did: the issue or page it created, found (created by an earlier try whose answer
 * was lost) or updated, with its key and link; or nothing, when the item or incident is gone.
 */
record Exported(ExportJob job, String key, String url, Change change) {

  /** What happened in the target. */
  enum Change {
    CREATED("created"),
    FOUND("found, created by an earlier try"),
    UPDATED("updated"),
    GONE("nothing to export");

    private final String words;

    Change(String words) {
      this.words = words;
    }

    String words() {
      return words;
    }
  }

  static Exported gone(ExportJob job) {
    return new Exported(job, null, null, Change.GONE);
  }

  /** {@code created OPS-12}: how the outbox row records it. */
  String outcome() {
    return change == Change.GONE
        ? "gone"
        : change.name().toLowerCase(java.util.Locale.ROOT) + " " + key;
  }
}
