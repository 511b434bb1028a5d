package dev.aiir.commands.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.timeline.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ParserPoolTest {
  private final AtomicInteger builds = new AtomicInteger();

  private CommandLine counted() {
    builds.incrementAndGet();
    return CommandParser.build();
  }

  @Test
  void aBurstOfParsesBuildsNoMoreParsersThanTheLimit() throws Exception {
    ParserPool pool = new ParserPool(this::counted, 2);
    int threads = 16;
    ExecutorService burst = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> parsed = new ArrayList<>();
    try {
      for (int i = 0; i < threads * 4; i++) {
        String text = "entry " + i;
        parsed.add(
            burst.submit(
                () -> {
                  start.await();
                  CommandLine parser = pool.borrow();
                  try {
                    return parser
                        .parseArgs("log", "--id", "AI-IR-2026-001", text)
                        .subcommand()
                        .matchedPositionals()
                        .get(0)
                        .getValue()
                        .toString();
                  } finally {
                    pool.giveBack(parser);
                  }
                }));
      }
      start.countDown();
      for (int i = 0; i < parsed.size(); i++) {
        assertThat(parsed.get(i).get()).contains("entry " + i);
      }
    } finally {
      burst.shutdownNow();
    }

    // Borrowers wait for a parser being built rather than build another beside it, so a burst that
    // one parser keeps up with may never need the second.
    assertThat(builds.get()).isBetween(1, 2);
  }

  @Test
  void preparingBuildsTheFirstParserOnlyAndOnlyOnce() {
    ParserPool pool = new ParserPool(this::counted, 3);

    pool.prepareFirst(() -> new String[] {"status"});
    pool.prepareFirst(() -> new String[] {"status"});

    assertThat(builds).hasValue(1);
    assertThat(pool.built()).isEqualTo(1);
  }

  @Test
  void aLineParsedWhileTheFirstParserIsBeingBuiltWaitsForItInsteadOfBuildingAnother()
      throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ParserPool pool =
        new ParserPool(
            () -> {
              if (builds.incrementAndGet() == 1) {
                awaitQuietly(release);
              }
              return CommandParser.build();
            },
            2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      threads.submit(() -> pool.prepareFirst(() -> new String[] {"status"}));
      awaitTrue(() -> builds.get() == 1);
      Thread[] borrower = new Thread[1];
      Future<CommandLine> borrowed =
          threads.submit(
              () -> {
                borrower[0] = Thread.currentThread();
                return pool.borrow();
              });
      awaitTrue(() -> borrower[0] != null && borrower[0].getState() == Thread.State.TIMED_WAITING);

      release.countDown();

      assertThat(borrowed.get(10, TimeUnit.SECONDS)).isNotNull();
      assertThat(builds).hasValue(1);
    } finally {
      threads.shutdownNow();
    }
  }

  private static void awaitTrue(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
      Thread.yield();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aParserThatFailsToBuildDoesNotCountAgainstTheLimit() {
    AtomicInteger tries = new AtomicInteger();
    ParserPool pool =
        new ParserPool(
            () -> {
              if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("first build fails");
              }
              return CommandParser.build();
            },
            1);

    try {
      pool.borrow();
    } catch (IllegalStateException expected) {
      // The next borrower builds instead of waiting forever for a parser never made.
    }

    assertThat(pool.borrow()).isNotNull();
    assertThat(pool.built()).isEqualTo(1);
  }

  @Test
  void linesParsedSideBySideEachKeepTheirOwnText() throws Exception {
    CommandParser parser = new CommandParser(2);
    ExecutorService side = Executors.newFixedThreadPool(8);
    try {
      List<Future<ParseOutcome>> outcomes = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String line = "log --id AI-IR-2026-001 entry number " + i;
        outcomes.add(side.submit(() -> parser.parse(line)));
      }
      for (int i = 0; i < outcomes.size(); i++) {
        Log log = (Log) ((ParseOutcome.Parsed) outcomes.get(i).get()).command();
        assertThat(log.text()).isEqualTo("entry number " + i);
      }
    } finally {
      side.shutdownNow();
    }
  }
}
