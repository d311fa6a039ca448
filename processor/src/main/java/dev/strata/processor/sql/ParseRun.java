package dev.strata.processor.sql;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;

/**
 * JSqlParser, and what reads its tree, on the thread that calls {@link #parse}, which must have the
 * parser's large stack ({@link #STACK_BYTES}); another thread may {@link #stop} it. Once stopped, a
 * run parses nothing more: whoever stops it gives up on its thread. Not final: tests stand in for
 * JSqlParser with a parse that takes as long as they need.
 */
class ParseRun {

  /** Reserved address space, not memory: JSqlParser recurses a few frames per nested operator. */
  static final long STACK_BYTES = 512L << 20;

  private final AtomicReference<CCJSqlParser> running = new AtomicReference<>();
  private volatile boolean stopped;

  /**
   * The parsed query, or empty when JSqlParser does not understand it, fails on it, finds something
   * other than a query, or was stopped.
   */
  Optional<ParsedQuery> parse(String text) {
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

  /** Asks the parse in progress, if any, to end soon, and every later one not to start. */
  void stop() {
    stopped = true;
    CCJSqlParser parser = running.get();
    if (parser != null) {
      // JSqlParser checks this flag as it goes
      parser.interrupted = true;
    }
  }

  /** As JSqlParser itself does: the fast grammar first, the complete one when that fails. */
  private Statement statement(String text, boolean complex) throws Exception {
    CCJSqlParser parser = CCJSqlParserUtil.newParser(text).withAllowComplexParsing(complex);
    running.set(parser);
    if (stopped) {
      throw new IllegalStateException("Stopped before parsing");
    }
    try {
      return parser.Statement();
    } catch (Exception e) {
      if (complex || parser.interrupted || stopped) {
        throw e;
      }
      return statement(text, true);
    }
  }
}
