package dev.aiir.commands.grammar;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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
  private final Supplier<CommandLine> build;
  private final int limit;
  private final BlockingQueue<CommandLine> idle;
  private final AtomicInteger built = new AtomicInteger();

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
   * Builds the parsers not built yet, ahead of the first commands; for a thread beside start-up.
   */
  void fill(Supplier<String[]> firstLine) {
    for (CommandLine parser = buildWithinLimit(); parser != null; parser = buildWithinLimit()) {
      parser.parseArgs(firstLine.get());
      idle.offer(parser);
    }
  }

  /** A new parser, counted, when the limit allows one more; null when it does not. */
  private CommandLine buildWithinLimit() {
    if (built.getAndUpdate(n -> n < limit ? n + 1 : n) >= limit) {
      return null;
    }
    try {
      return build.get();
    } catch (RuntimeException | Error e) {
      built.decrementAndGet();
      throw e;
    }
  }

  /** How many parsers were built so far. */
  int built() {
    return built.get();
  }
}
