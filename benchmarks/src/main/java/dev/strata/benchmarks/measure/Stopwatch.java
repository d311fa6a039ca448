package dev.strata.benchmarks.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Adds up the time spent in the calls it brackets, both as elapsed (wall-clock) time and as the CPU
 * time of the calling thread. On a machine shared with other builds the elapsed time also holds the
 * time other processes took the core, while the CPU time is the work itself: what an A/B comparison
 * under load can still trust.
 */
final class Stopwatch {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private long wallNanos;
  private long cpuNanos;

  /** When one bracketed call started. */
  record Lap(long wall, long cpu) {}

  Lap start() {
    return new Lap(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
  }

  void stop(Lap lap) {
    cpuNanos += THREADS.getCurrentThreadCpuTime() - lap.cpu();
    wallNanos += System.nanoTime() - lap.wall();
  }

  long wallNanos() {
    return wallNanos;
  }

  long cpuNanos() {
    return cpuNanos;
  }
}
