package dev.strata.processor.sql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Analyses many queries at once, one lane per core, each lane a thread that parses the queries it
 * takes itself (see {@link AnalysisLanes}): javac waits while the processor runs, so on a first
 * build the queries are most of what the machine does. A text given more than once is analysed
 * once. The outcomes come back in the order of the queries, whichever lane analysed each, so that
 * what the caller reports and records never depends on the threads.
 */
public final class QueryAnalyses {

  /** Fewer queries than this per extra lane are not worth starting its thread for. */
  private static final int QUERIES_PER_LANE = 16;

  /**
   * Each lane reserves the parser's large stack: beyond a few lanes the queries of a module are
   * done before more would pay for themselves.
   */
  private static final int MAX_LANES = 8;

  private final int lanes;
  private final Duration limit;
  private final Supplier<ParseRun> runs;

  /** As many lanes as the machine has cores, up to {@value #MAX_LANES}. */
  public QueryAnalyses() {
    this(Math.min(MAX_LANES, Runtime.getRuntime().availableProcessors()));
  }

  QueryAnalyses(int lanes) {
    this(lanes, QueryAnalyzer.PARSE_TIME_LIMIT, ParseRun::new);
  }

  /**
   * @param limit how long one query's parse may take before it is given up and the query analysed
   *     unparsed
   * @param runs a new run for each lane, which parses the lane's queries
   */
  QueryAnalyses(int lanes, Duration limit, Supplier<ParseRun> runs) {
    if (lanes < 1) {
      throw new IllegalArgumentException("At least one lane is needed, not " + lanes);
    }
    this.lanes = lanes;
    this.limit = limit;
    this.runs = runs;
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
  public List<Outcome> analyze(List<QueryText> queries) {
    // insertion order: the first of equal texts decides its index, whatever the threads
    Map<QueryText, Integer> distinct = new LinkedHashMap<>();
    for (QueryText query : queries) {
      distinct.putIfAbsent(query, distinct.size());
    }
    if (distinct.isEmpty()) {
      return List.of();
    }
    int wanted = Math.min(lanes, 1 + distinct.size() / QUERIES_PER_LANE);
    List<Outcome> analysed =
        new AnalysisLanes(List.copyOf(distinct.keySet()), limit, runs).analyze(wanted);
    List<Outcome> outcomes = new ArrayList<>(queries.size());
    for (QueryText query : queries) {
      outcomes.add(analysed.get(distinct.get(query)));
    }
    return List.copyOf(outcomes);
  }

  /** The outcome of analysing {@code query} with {@code parse}; never throws. */
  static Outcome outcome(QueryText query, Function<String, Optional<ParsedQuery>> parse) {
    try {
      return new Analysed(QueryAnalyzer.analyze(query, parse));
    } catch (InvalidQueryException e) {
      return new Invalid(e);
    } catch (Throwable e) {
      // isolated: the caller decides what a failure on one query means for the others
      return new Failed(e);
    }
  }
}
