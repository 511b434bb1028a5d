package dev.aiir.bot.bench;

import picocli.CommandLine.Command;

/**
 * {@code bench <name>}: the benchmarks, against local fakes only. They print figures; they are not
 * tests.
 */
@Command(
    name = "bench",
    description = "Run a benchmark and print its figures.",
    subcommands = {PirBenchmark.class, SlackHttpBench.class, TimerBenchmark.class})
public final class BenchCommand {}
