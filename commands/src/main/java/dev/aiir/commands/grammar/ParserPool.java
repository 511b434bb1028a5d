package dev.aiir.commands.grammar;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * picocli's parsers, lent one per parse: a parser holds its last parse's values, so it serves one
 * thread at a time. At most {@code limit} are ever built: building one costs 30 to 70 ms of CPU
 * when warm and half a second on a cold JVM, while a parse takes well under a millisecond, so a
 * burst of fifty commands waits a moment for a parser instead of building fifty of them.
 */
final class ParserPool {
  private static final long BUILDING_POLL_MILLIS = 5;
  private final Supplier<CommandLine> build;
  private final int limit;
  private final BlockingQueue<CommandLine> idle;
  private final AtomicInteger built = new AtomicInteger();
  private final AtomicInteger building = new AtomicInteger();

  ParserPool(Supplier<CommandLine> build, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a pool needs at least one parser: " + limit);
    }
    this.build = build;
    this.limit = limit;
    this.idle = new ArrayBlockingQueue<>(limit);
  }

  /** As many parsers as the processors can use at once, and at least two. */
  static int defaultLimit() {
    return Math.max(2, Runtime.getRuntime().availableProcessors());
  }

  /**
   * A parser of its own for the caller, built if none is idle and the limit allows, else awaited.
   */
  CommandLine borrow() {
    CommandLine ready = idle.poll();
    if (ready == null) {
      ready = oneBeingBuilt();
    }
    if (ready != null) {
      return ready;
    }
    CommandLine fresh = buildWithinLimit();
    if (fresh != null) {
      return fresh;
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a parser", e);
    }
  }

  /** Gives a parser back after its parse. */
  void giveBack(CommandLine parser) {
    idle.offer(parser);
  }

  /**
   * Builds the first parser and reads a line with it ahead of the first command, for a thread
   * beside start-up; a command that comes meanwhile waits for it (see {@link #oneBeingBuilt}). The
   * others are built when lines are parsed side by side: built here too, they would take the CPU
   * from the first commands after a start.
   */
  void prepareFirst(Supplier<String[]> firstLine) {
    if (built.get() > 0) {
      return;
    }
    building.incrementAndGet();
    try {
      CommandLine parser = buildWithinLimit();
      if (parser != null) {
        parser.parseArgs(firstLine.get());
        idle.offer(parser);
      }
    } finally {
      building.decrementAndGet();
    }
  }

  /**
   * While a parser is being built, waits for it rather than build another beside it: begun earlier,
   * it is ready sooner, and on a cold JVM two built at once each take twice as long (the first
   * command after a start built a second parser while start-up's was half done: 180 ms). Null when
   * none is being built, or it went to another borrower.
   */
  private CommandLine oneBeingBuilt() {
    try {
      while (building.get() > 0) {
        CommandLine ready = idle.poll(BUILDING_POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (ready != null) {
          return ready;
        }
      }
      return idle.poll();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a parser", e);
    }
  }

  /** A new parser, counted, when the limit allows one more; null when it does not. */
  private CommandLine buildWithinLimit() {
    if (built.getAndUpdate(n -> n < limit ? n + 1 : n) >= limit) {
      return null;
    }
    building.incrementAndGet();
    try {
      return build.get();
    } catch (RuntimeException | Error e) {
      built.decrementAndGet();
      throw e;
    } finally {
      building.decrementAndGet();
    }
  }

  /** How many parsers were built so far. */
  int built() {
    return built.get();
  }
}
