package dev.aiir.bot.bench;

import picocli.CommandLine.Command;

/** {@code bench}: measurements of the running bot, against local fakes only. */
@Command(
    name = "bench",
    description = "Benchmarks against local fakes (no network).",
    subcommands = {SlackHttpBench.class})
public final class BenchCommand {}
