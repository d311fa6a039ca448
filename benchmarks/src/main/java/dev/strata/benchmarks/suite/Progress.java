package dev.strata.benchmarks.suite;

import java.time.Duration;

/** One line per step on standard error, with the time since the run began. */
final class Progress {

  private static final long START = System.nanoTime();

  private Progress() {}

  static void say(String step) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - START);
    System.err.printf("[%2d:%02d] %s%n", elapsed.toMinutes(), elapsed.toSecondsPart(), step);
  }
}
