package dev.aiir.db;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ReplicaLock} for SQLite, whose file only one process uses: the role is held in this JVM,
 * by one holder per file and name.
 */
final class ProcessLock implements ReplicaLock {
  private static final Set<String> HELD = ConcurrentHashMap.newKeySet();
  private final String id;
  private boolean held;

  ProcessLock(StoreUrl url, String name) {
    this.id = url.value() + "#" + name;
  }

  @Override
  public synchronized boolean tryAcquire() {
    if (!held) {
      held = HELD.add(id);
    }
    return held;
  }

  @Override
  public synchronized boolean held() {
    return held;
  }

  @Override
  public synchronized void close() {
    if (held) {
      HELD.remove(id);
      held = false;
    }
  }
}
