package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Analyses many queries at once, one lane per core, each lane with an analyzer of its own: javac
 * waits while the processor runs, so on a first build the queries are most of what the machine
 * does. The outcomes come back in the order of the queries, whichever lane analysed each, so that
 * what the caller reports and records never depends on the threads.
 */
public final class QueryAnalyses {

  /** Fewer queries than this per extra lane are not worth starting its threads for. */
  private static final int QUERIES_PER_LANE = 16;

  /**
   * Each lane holds two threads, one with the parser's large stack reserved: beyond a few lanes the
   * queries of a module are done before more would pay for themselves.
   */
  private static final int MAX_LANES = 8;

  private final int lanes;

  /** As many lanes as the machine has cores, up to {@value #MAX_LANES}. */
  public QueryAnalyses() {
    this(Math.min(MAX_LANES, Runtime.getRuntime().availableProcessors()));
  }

  QueryAnalyses(int lanes) {
    if (lanes < 1) {
      throw new IllegalArgumentException("At least one lane is needed, not " + lanes);
    }
    this.lanes = lanes;
  }

  /** What analysing one query gave. */
  public sealed interface Outcome {}

  /** The query was analysed. */
  public record Analysed(QueryAnalysis analysis) implements Outcome {}

  /** The query cannot define a view; the exception says why, for the user. */
  public record Invalid(InvalidQueryException reason) implements Outcome {}

  /** The analysis itself failed: a defect, reported on this query alone. */
  public record Failed(Throwable failure) implements Outcome {}

  /** The outcome of each query, in the order given. */
  public List<Outcome> analyze(List<String> queries) {
    Outcome[] outcomes = new Outcome[queries.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable lane = () -> runLane(queries, outcomes, next);
    List<Thread> helpers = new ArrayList<>();
    int wanted = Math.min(lanes, 1 + queries.size() / QUERIES_PER_LANE);
    for (int i = 1; i < wanted; i++) {
      Thread helper = new Thread(lane, "strata-query-analysis-" + i);
      helper.setDaemon(true);
      helper.start();
      helpers.add(helper);
    }
    // the calling thread is a lane too: it would only wait otherwise
    lane.run();
    joinAll(helpers);
    return List.copyOf(Arrays.asList(outcomes));
  }

  private static void runLane(List<String> queries, Outcome[] outcomes, AtomicInteger next) {
    try (QueryAnalyzer analyzer = new QueryAnalyzer()) {
      for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
        outcomes[i] = outcome(analyzer, queries.get(i));
      }
    }
  }

  private static Outcome outcome(QueryAnalyzer analyzer, String query) {
    try {
      return new Analysed(analyzer.analyze(query));
    } catch (InvalidQueryException e) {
      return new Invalid(e);
    } catch (Throwable e) {
      // isolated: the caller decides what a failure on one query means for the others
      return new Failed(e);
    }
  }

  private static void joinAll(List<Thread> helpers) {
    boolean interrupted = false;
    for (Thread helper : helpers) {
      while (helper.isAlive()) {
        try {
          helper.join();
        } catch (InterruptedException e) {
          // the outcomes are needed whole; the interrupt is passed on once they are
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
