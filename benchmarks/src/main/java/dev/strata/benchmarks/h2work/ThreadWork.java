package dev.strata.benchmarks.h2work;

import java.lang.management.ManagementFactory;

/**
 * The work this thread did while an action ran: its CPU time and the bytes it allocated. H2 in
 * memory runs in the caller's thread, so this is the database's work and Strata's together, and
 * neither the other processes of a shared machine nor the JIT's and GC's threads inflate it, as
 * they do elapsed time. The bytes allocated depend on load only through what the JIT has compiled
 * (its escape analysis removes some allocations).
 *
 * @param cpuNanos CPU time of the thread
 * @param bytes bytes the thread allocated
 */
record ThreadWork(long cpuNanos, long bytes) {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Something measured; may throw anything. */
  interface Action {
    void run() throws Exception;
  }

  static ThreadWork of(Action action) throws Exception {
    long thread = Thread.currentThread().getId();
    long bytes = THREADS.getThreadAllocatedBytes(thread);
    long cpu = THREADS.getCurrentThreadCpuTime();
    action.run();
    return new ThreadWork(
        THREADS.getCurrentThreadCpuTime() - cpu, THREADS.getThreadAllocatedBytes(thread) - bytes);
  }

  /** This work less {@code other}'s, divided by {@code count}: the cost of each of count more. */
  ThreadWork marginal(ThreadWork other, int count) {
    return new ThreadWork((cpuNanos - other.cpuNanos) / count, (bytes - other.bytes) / count);
  }
}
