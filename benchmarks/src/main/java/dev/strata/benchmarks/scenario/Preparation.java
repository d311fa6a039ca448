package dev.strata.benchmarks.scenario;

/**
 * How long Strata's part of a scenario took to prepare, one run each, kept with the cached scenario
 * so that the results can report it without preparing again.
 *
 * @param chainMillis recording the N snapshots with the processor's snapshot classes
 * @param compileMillis compiling the N view classes with the processor against that chain: a
 *     no-change build that generates N migrations, in the harness's JVM
 */
public record Preparation(long chainMillis, long compileMillis) {}
