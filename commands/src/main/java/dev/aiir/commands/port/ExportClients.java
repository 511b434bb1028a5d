package dev.aiir.commands.port;

import dev.aiir.commands.model.ExportTarget;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The trackers and wikis this process can export to, as the configuration sets them up. */
public final class ExportClients {
  private final Map<ExportTarget, TrackerClient> trackers = new EnumMap<>(ExportTarget.class);
  private final Map<ExportTarget, WikiClient> wikis = new EnumMap<>(ExportTarget.class);

  public ExportClients tracker(ExportTarget target, TrackerClient client) {
    if (!target.isTracker()) {
      throw new IllegalArgumentException(target.key() + " is not an issue tracker");
    }
    trackers.put(target, client);
    return this;
  }

  public ExportClients wiki(ExportTarget target, WikiClient client) {
    if (target.isTracker()) {
      throw new IllegalArgumentException(target.key() + " is not a wiki");
    }
    wikis.put(target, client);
    return this;
  }

  public Optional<TrackerClient> tracker(ExportTarget target) {
    return Optional.ofNullable(trackers.get(target));
  }

  public Optional<WikiClient> wiki(ExportTarget target) {
    return Optional.ofNullable(wikis.get(target));
  }

  /** The targets with a client. */
  public Set<ExportTarget> targets() {
    java.util.EnumSet<ExportTarget> all = java.util.EnumSet.noneOf(ExportTarget.class);
    all.addAll(trackers.keySet());
    all.addAll(wikis.keySet());
    return all;
  }
}
