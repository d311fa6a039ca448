package dev.strata.benchmarks.measure;

import dev.strata.benchmarks.fork.Report;

/**
 * How long a warm measurement repeats: warm-up runs until both a minimum count and a minimum time
 * are reached, then measured runs likewise, with a cap so that fast tools do not run forever.
 *
 * @param warmupRuns at least this many warm-up runs
 * @param warmupMillis and at least this long warming up
 * @param minRuns at least this many measured runs
 * @param measureMillis and at least this long measuring
 * @param maxRuns at most this many measured runs
 */
public record Repetitions(
    int warmupRuns, long warmupMillis, int minRuns, long measureMillis, int maxRuns) {

  static final int ARGS = 5;

  public String[] args() {
    return new String[] {
      Integer.toString(warmupRuns),
      Long.toString(warmupMillis),
      Integer.toString(minRuns),
      Long.toString(measureMillis),
      Integer.toString(maxRuns)
    };
  }

  static Repetitions parse(String[] args, int from) {
    return new Repetitions(
        Integer.parseInt(args[from]),
        Long.parseLong(args[from + 1]),
        Integer.parseInt(args[from + 2]),
        Long.parseLong(args[from + 3]),
        Integer.parseInt(args[from + 4]));
  }

  /** Runs {@code body} through warm-up, then reports each measured run's nanoseconds. */
  void measure(Body body) throws Exception {
    repeat(body, warmupRuns, warmupMillis, Integer.MAX_VALUE, false);
    repeat(body, minRuns, measureMillis, maxRuns, true);
  }

  private static void repeat(Body body, int minRuns, long minMillis, int maxRuns, boolean report)
      throws Exception {
    long began = System.nanoTime();
    for (int run = 0; run < maxRuns; run++) {
      if (run >= minRuns && System.nanoTime() - began >= minMillis * 1_000_000) {
        return;
      }
      long nanos = body.run();
      if (report) {
        Report.print("nanos", nanos);
      }
    }
  }

  /** One repetition, returning the nanoseconds it measured. */
  @FunctionalInterface
  interface Body {
    long run() throws Exception;
  }
}
