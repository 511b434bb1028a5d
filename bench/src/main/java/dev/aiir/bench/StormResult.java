package dev.aiir.bench;

/** What a storm of alerts came to: its latencies, wall time, and the answers by action. */
record StormResult(
    Latencies latencies,
    long wallNanos,
    int declared,
    int unchanged,
    int failed,
    double loadBefore,
    double loadAfter) {}
