package dev.strata.benchmarks.report;

import java.util.Optional;

/**
 * The samples of one benchmark cell.
 *
 * @param benchmark which benchmark, such as {@code cold}
 * @param database which database, such as {@code H2}
 * @param size the scenario's N
 * @param variant the tool, or the compiler mode
 * @param time what was measured
 * @param wall for runs in a fresh JVM, the time from spawning it to its exit
 */
public record Measurement(
    String benchmark,
    String database,
    int size,
    String variant,
    Samples time,
    Optional<Samples> wall) {}
