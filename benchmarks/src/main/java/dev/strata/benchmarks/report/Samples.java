package dev.strata.benchmarks.report;

import java.util.List;

/** Measured durations in nanoseconds, summarised by their median and range. */
public record Samples(List<Long> nanos) {

  public Samples {
    if (nanos.isEmpty()) {
      throw new IllegalArgumentException("No samples");
    }
    nanos = nanos.stream().sorted().toList();
  }

  public double medianMillis() {
    int n = nanos.size();
    double middle = n % 2 == 1 ? nanos.get(n / 2) : (nanos.get(n / 2 - 1) + nanos.get(n / 2)) / 2.0;
    return middle / 1e6;
  }

  public double minMillis() {
    return nanos.get(0) / 1e6;
  }

  public double maxMillis() {
    return nanos.get(nanos.size() - 1) / 1e6;
  }

  public int count() {
    return nanos.size();
  }

  /** {@code 123 ms (110–140, n=8)}: the median, then the fastest and slowest run. */
  public String cell() {
    return Format.millis(medianMillis())
        + " ("
        + Format.millis(minMillis())
        + "–"
        + Format.millis(maxMillis())
        + ", n="
        + count()
        + ")";
  }
}
