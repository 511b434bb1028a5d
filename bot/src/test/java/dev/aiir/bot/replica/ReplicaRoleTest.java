package dev.aiir.bot.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.db.ReplicaLock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The role's connection follows its lock: opened after the grace, closed when the lock is lost. */
class ReplicaRoleTest {
  private static final Duration EVERY = Duration.ofMillis(20);
  private static final Duration WITHIN = Duration.ofSeconds(5);
  private final FakeLock lock = new FakeLock();
  private final AtomicInteger opened = new AtomicInteger();
  private final AtomicInteger closed = new AtomicInteger();

  @Test
  void connectsOnlyAfterTheGraceAndDisconnectsWhenTheLockIsLost() {
    try (ReplicaRole role =
        new ReplicaRole("test", lock, EVERY, Duration.ofMillis(300), this::open)) {
      role.start();
      await().atMost(WITHIN).until(() -> lock.held());
      assertThat(role.state()).isEqualTo("standby");
      assertThat(opened).hasValue(0);

      await().atMost(WITHIN).until(() -> role.state().equals("active"));
      assertThat(opened).hasValue(1);

      lock.lose();

      await().atMost(WITHIN).until(() -> closed.get() == 1);
      assertThat(role.state()).isEqualTo("standby");
      await().atMost(WITHIN).until(() -> opened.get() == 2);
    }
    assertThat(closed).hasValue(2);
    assertThat(lock.held()).isFalse();
  }

  @Test
  void aConfigurationProblemEndsTheWaitWithThatProblem() {
    ConfigurationException refused = new ConfigurationException("Discord refused DISCORD_TOKEN");
    try (ReplicaRole role =
        new ReplicaRole(
            "test",
            lock,
            EVERY,
            Duration.ZERO,
            () -> {
              throw refused;
            })) {
      role.start();

      await().atMost(WITHIN).until(() -> role.failed().isDone());
      assertThat(role.failed()).failsWithin(WITHIN).withThrowableOfType(ExecutionException.class);
      assertThat(lock.held()).isFalse();
    }
  }

  @Test
  void anotherFailureReleasesTheRoleAndTriesAgain() {
    AtomicInteger attempts = new AtomicInteger();
    try (ReplicaRole role =
        new ReplicaRole(
            "test",
            lock,
            EVERY,
            Duration.ZERO,
            () -> {
              if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("gateway unreachable");
              }
              return open();
            })) {
      role.start();

      await().atMost(WITHIN).until(() -> role.state().equals("active"));
      assertThat(attempts).hasValue(2);
      assertThat(lock.releases).hasValue(1);
      assertThat(role.failed()).isNotDone();
    }
  }

  private AutoCloseable open() {
    opened.incrementAndGet();
    return closed::incrementAndGet;
  }

  /** A lock this test takes away at will. */
  private static final class FakeLock implements ReplicaLock {
    private final AtomicBoolean held = new AtomicBoolean();
    final AtomicInteger releases = new AtomicInteger();

    @Override
    public boolean tryAcquire() {
      held.set(true);
      return true;
    }

    @Override
    public boolean held() {
      return held.get();
    }

    void lose() {
      held.set(false);
    }

    @Override
    public void close() {
      if (held.getAndSet(false)) {
        releases.incrementAndGet();
      }
    }
  }
}
