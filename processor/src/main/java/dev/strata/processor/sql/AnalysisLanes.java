package dev.strata.processor.sql;

import dev.strata.processor.sql.QueryAnalyses.Outcome;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One run of {@link QueryAnalyses}: lanes, threads with the parser's large stack, take the queries
 * in turn and analyse each whole, parsing it on their own thread, while the calling thread watches
 * the time each parse takes. A parse that overruns the limit is given up: its query is analysed
 * unparsed, its lane is told to stop and left behind, and a new lane goes on with the next query,
 * so no query waits for it. One hand-off per lane, not one per query.
 *
 * <p>A parse over the limit by the clock is given up only once it is over the limit in the lane
 * thread's CPU time too, where the JVM measures it, so that a loaded machine (a CI runner shared
 * with other builds) does not give up a query an idle one parses: what a build records must not
 * depend on the load.
 */
final class AnalysisLanes {

  private final List<QueryText> queries;
  private final long limitNanos;
  private final Supplier<ParseRun> runs;
  private final AtomicReferenceArray<Outcome> outcomes;
  private final AtomicInteger next = new AtomicInteger();
  private final Thread watcher = Thread.currentThread();

  /** Threads' CPU time, once a parse has overrun the limit by the clock; null until then. */
  private volatile ThreadMXBean cpuClock;

  private boolean cpuClockLoaded;

  /** The lanes at work; only the watcher adds and removes them. */
  private final List<Lane> lanes = new ArrayList<>();

  private int started;

  AnalysisLanes(List<QueryText> queries, Duration limit, Supplier<ParseRun> runs) {
    this.queries = List.copyOf(queries);
    this.limitNanos = limit.toNanos();
    this.runs = runs;
    this.outcomes = new AtomicReferenceArray<>(queries.size());
  }

  /** The outcome of each query, in their order; returns when every query has one. */
  List<Outcome> analyze(int laneCount) {
    for (int i = 0; i < laneCount; i++) {
      startLane();
    }
    watch();
    List<Outcome> all = new ArrayList<>(queries.size());
    for (int i = 0; i < queries.size(); i++) {
      all.add(outcomes.get(i));
    }
    return List.copyOf(all);
  }

  private void watch() {
    boolean interrupted = false;
    while (true) {
      long wait = limitNanos;
      for (Lane lane : List.copyOf(lanes)) {
        Parsing parsing = lane.parsing;
        if (lane.finished) {
          lanes.remove(lane);
        } else if (parsing != null) {
          // a thread's CPU time grows no faster than the clock: waiting what is left is never late
          long left = limitNanos - spent(lane, parsing);
          if (left <= 0) {
            giveUp(lane, parsing.query);
          } else {
            wait = Math.min(wait, left);
          }
        }
      }
      if (lanes.isEmpty()) {
        break;
      }
      // a lane unparks the watcher when it finishes; the wait bounds a missed or early wake-up
      LockSupport.parkNanos(this, wait);
      // the outcomes are needed whole; the interrupt is passed on once they are
      interrupted |= Thread.interrupted();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The time the lane has spent on its parse so far. */
  private long spent(Lane lane, Parsing parsing) {
    long elapsed = System.nanoTime() - parsing.elapsedSince;
    ThreadMXBean clock = elapsed < limitNanos ? null : cpuClock();
    if (clock == null) {
      return elapsed;
    }
    long cpu = clock.getThreadCpuTime(lane.threadId);
    if (cpu < 0) {
      // the thread has just ended, so its parse has too
      return 0;
    }
    // a parse begun before the clock was loaded counts the lane's whole CPU time: never less
    return cpu - Math.max(0, parsing.cpuSince);
  }

  /**
   * Loaded only when a parse overruns the limit by the clock: loading it costs a fresh JVM, which
   * javac's is, about 100 ms, more than most builds' parses ever overrun.
   */
  private ThreadMXBean cpuClock() {
    if (!cpuClockLoaded) {
      cpuClockLoaded = true;
      try {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()) {
          cpuClock = threads;
        }
      } catch (LinkageError | UnsupportedOperationException e) {
        // no java.management in this JVM: the limit stays on the clock
      }
    }
    return cpuClock;
  }

  private void giveUp(Lane lane, int query) {
    Outcome unparsed = QueryAnalyses.outcome(queries.get(query), text -> Optional.empty());
    if (outcomes.compareAndSet(query, null, unparsed)) {
      lane.run.stop();
      lanes.remove(lane);
      startLane();
    }
  }

  private void startLane() {
    Lane lane = new Lane(runs.get());
    lanes.add(lane);
    started++;
    Thread thread =
        new Thread(null, lane, "strata-query-analysis-" + started, ParseRun.STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The query a lane is parsing, since when: {@link System#nanoTime} then, and the lane thread's
   * CPU time then, or -1 when the CPU clock was not loaded yet.
   */
  private record Parsing(int query, long elapsedSince, long cpuSince) {}

  private final class Lane implements Runnable {

    private final ParseRun run;
    private volatile long threadId;
    private volatile Parsing parsing;
    private volatile boolean finished;

    Lane(ParseRun run) {
      this.run = run;
    }

    @Override
    public void run() {
      threadId = Thread.currentThread().getId();
      try {
        for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
          int query = i;
          Outcome outcome = QueryAnalyses.outcome(queries.get(query), text -> parse(query, text));
          if (!outcomes.compareAndSet(query, null, outcome)) {
            // given up by the watcher, which started a lane in this one's place
            return;
          }
        }
      } finally {
        finished = true;
        LockSupport.unpark(watcher);
      }
    }

    private Optional<ParsedQuery> parse(int query, String text) {
      ThreadMXBean clock = cpuClock;
      long cpuSince = clock == null ? -1 : clock.getCurrentThreadCpuTime();
      parsing = new Parsing(query, System.nanoTime(), cpuSince);
      try {
        return run.parse(text);
      } finally {
        parsing = null;
      }
    }
  }
}
