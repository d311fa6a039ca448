package dev.strata.processor.sql;

import dev.strata.processor.sql.QueryAnalyses.Outcome;
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
 */
final class AnalysisLanes {

  private final List<String> queries;
  private final long limitNanos;
  private final Supplier<ParseRun> runs;
  private final AtomicReferenceArray<Outcome> outcomes;
  private final AtomicInteger next = new AtomicInteger();
  private final Thread watcher = Thread.currentThread();

  /** The lanes at work; only the watcher adds and removes them. */
  private final List<Lane> lanes = new ArrayList<>();

  private int started;

  AnalysisLanes(List<String> queries, Duration limit, Supplier<ParseRun> runs) {
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
          long left = parsing.since + limitNanos - System.nanoTime();
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

  /** The query a lane is parsing, since when ({@link System#nanoTime}). */
  private record Parsing(int query, long since) {}

  private final class Lane implements Runnable {

    private final ParseRun run;
    private volatile Parsing parsing;
    private volatile boolean finished;

    Lane(ParseRun run) {
      this.run = run;
    }

    @Override
    public void run() {
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
      parsing = new Parsing(query, System.nanoTime());
      try {
        return run.parse(text);
      } finally {
        parsing = null;
      }
    }
  }
}
