package dev.strata.processor.sql;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs JSqlParser, and what reads its tree, on a worker thread with a large stack, so that a deep
 * expression cannot overflow it, and under a time limit, so that one pathological query costs at
 * most that limit. A worker still busy when its query times out is told to stop and replaced, so
 * the next query never waits for it. For one query at a time: {@link QueryAnalyses} analyses many
 * without handing each one to another thread.
 */
final class QueryParser implements AutoCloseable {

  private final Duration limit;
  private final Supplier<ParseRun> runs;
  private ExecutorService worker = newWorker();

  QueryParser(Duration limit) {
    this(limit, ParseRun::new);
  }

  /** A parser whose every query is parsed by a new run from {@code runs}. */
  QueryParser(Duration limit, Supplier<ParseRun> runs) {
    this.limit = limit;
    this.runs = runs;
  }

  /**
   * The parsed query, or empty when JSqlParser does not understand it, fails on it, finds something
   * other than a query, or takes longer than the limit.
   */
  Optional<ParsedQuery> parse(String text) {
    ParseRun run = runs.get();
    Future<Optional<ParsedQuery>> result = worker.submit(() -> run.parse(text));
    try {
      return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      stopAndReplaceWorker(run, result);
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopAndReplaceWorker(run, result);
      return Optional.empty();
    }
  }

  private void stopAndReplaceWorker(ParseRun run, Future<?> result) {
    // the thread stops soon after, or finishes unwatched: nobody waits for it
    run.stop();
    result.cancel(true);
    worker.shutdownNow();
    worker = newWorker();
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        task -> {
          Thread thread = new Thread(null, task, "strata-sql-parser", ParseRun.STACK_BYTES);
          thread.setDaemon(true);
          return thread;
        });
  }
}
