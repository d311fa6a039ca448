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
      Optional<String> marked = Optional.empty();
      Statement statement;
      try {
        statement = statement(text, false);
      } catch (Exception e) {
        if (parserStopped()) {
          throw e;
        }
        marked = ScalarSubqueryOperands.marked(text);
        statement = marked.isPresent() ? markedOrComplete(text, marked.get()) : complete(text);
      }
      if (!(statement instanceof Select select)) {
        return Optional.empty();
      }
      ParsedQuery query = ParsedQuery.of(select);
      return Optional.of(marked.isPresent() ? query.unmarked() : query);
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

  /**
   * The marked text in the fast grammar, else the text in the complete one: JSqlParser's order,
   * with the marks between its two passes, where they change nothing the fast pass could read.
   */
  private Statement markedOrComplete(String text, String marked) throws Exception {
    try {
      return statement(marked, false);
    } catch (Exception e) {
      if (parserStopped()) {
        throw e;
      }
      return complete(text);
    }
  }

  private Statement complete(String text) throws Exception {
    return statement(text, true);
  }

  private boolean parserStopped() {
    CCJSqlParser parser = running.get();
    return stopped || (parser != null && parser.interrupted);
  }

  private Statement statement(String text, boolean complex) throws Exception {
    CCJSqlParser parser = CCJSqlParserUtil.newParser(text).withAllowComplexParsing(complex);
    running.set(parser);
    if (stopped) {
      throw new IllegalStateException("Stopped before parsing");
    }
    return parser.Statement();
  }
}
