package dev.aiir.bot.bench;

import picocli.CommandLine.Command;

/** {@code bench <name>}: the benchmarks. They print figures; they are not tests. */
@Command(
    name = "bench",
    description = "Run a benchmark and print its figures.",
    subcommands = {PirBenchmark.class})
public final class BenchCommand {}
