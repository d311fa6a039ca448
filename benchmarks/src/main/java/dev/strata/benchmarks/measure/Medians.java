package dev.strata.benchmarks.measure;

import java.util.Arrays;

/** The median the on-demand harnesses print: of an even count, the upper of the middle two. */
public final class Medians {

  private Medians() {}

  public static long of(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
