package dev.strata.processor.sql;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Runs JSqlParser, and what reads its tree, on a worker thread with a large stack, so that a deep
 * expression cannot overflow it, and under a time limit, so that one pathological query costs at
 * most that limit. A worker still busy when its query times out is told to stop and replaced, so
 * the next query never waits for it.
 */
final class QueryParser implements AutoCloseable {

  /** Reserved address space, not memory: JSqlParser recurses a few frames per nested operator. */
  private static final long STACK_BYTES = 512L << 20;

  private final Duration limit;
  private final AtomicReference<CCJSqlParser> running = new AtomicReference<>();
  private ExecutorService worker = newWorker();

  QueryParser(Duration limit) {
    this.limit = limit;
  }

  /**
   * The parsed query, or empty when JSqlParser does not understand it, fails on it, finds something
   * other than a query, or takes longer than the limit.
   */
  Optional<ParsedQuery> parse(String text) {
    Future<Optional<ParsedQuery>> result = worker.submit(() -> parseNow(text));
    try {
      return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      stopAndReplaceWorker(result);
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopAndReplaceWorker(result);
      return Optional.empty();
    }
  }

  private Optional<ParsedQuery> parseNow(String text) {
    try {
      Statement statement = statement(text, false);
      return statement instanceof Select select
          ? Optional.of(ParsedQuery.of(select))
          : Optional.empty();
    } catch (Exception | StackOverflowError | LinkageError e) {
      // vendor syntax, or a failure inside JSqlParser: compared on the canonical form alone
      return Optional.empty();
    } finally {
      running.set(null);
    }
  }

  /** As JSqlParser itself does: the fast grammar first, the complete one when that fails. */
  private Statement statement(String text, boolean complex) throws Exception {
    CCJSqlParser parser = CCJSqlParserUtil.newParser(text).withAllowComplexParsing(complex);
    running.set(parser);
    try {
      return parser.Statement();
    } catch (Exception e) {
      if (complex || parser.interrupted) {
        throw e;
      }
      return statement(text, true);
    }
  }

  private void stopAndReplaceWorker(Future<?> result) {
    CCJSqlParser parser = running.get();
    if (parser != null) {
      // JSqlParser checks this flag as it goes; the thread stops soon after
      parser.interrupted = true;
    }
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
          Thread thread = new Thread(null, task, "strata-sql-parser", STACK_BYTES);
          thread.setDaemon(true);
          return thread;
        });
  }
}
