package dev.aiir.bench;

/**
 * What a storm of alerts came to: its latencies (all, and the declarations' apart from the rest),
 * wall time, and the answers by action.
 */
record StormResult(
    Latencies latencies,
    Latencies.Split byAnswer,
    long wallNanos,
    int declared,
    int unchanged,
    int failed,
    double loadBefore,
    double loadAfter) {}
