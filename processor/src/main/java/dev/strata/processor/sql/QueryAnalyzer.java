package dev.strata.processor.sql;

import dev.strata.processor.model.Sha256;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Reads a view's SQL: refuses what is not one query, computes the canonical form that decides
 * whether two queries are the same, and finds what the query reads and returns.
 */
public final class QueryAnalyzer implements AutoCloseable {

  private static final Set<String> QUERY_STARTS = Set.of("select", "with", "values", "table");

  /**
   * JSqlParser parses on another thread so that a pathological query times out instead of hanging
   * the build; one thread for every query, not one per query, which cost more than the parsing
   * itself.
   */
  private final ExecutorService parserThread =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "strata-sql-parser");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * @throws InvalidQueryException when the text is not a single query
   */
  public QueryAnalysis analyze(String sql) {
    List<SqlToken> tokens = SqlTokenizer.tokenize(sql);
    checkIsOneQuery(tokens);
    String canonical = canonical(tokens);
    Optional<Statement> statement = parse(sql);
    if (statement.isPresent() && !(statement.get() instanceof Select)) {
      throw new InvalidQueryException("it is not a query; a view is defined by a SELECT");
    }
    Optional<Select> select = statement.map(Select.class::cast);
    return new QueryAnalysis(
        canonical,
        Sha256.hex(canonical),
        select.isPresent(),
        select.map(QueryAnalyzer::reads),
        select.flatMap(QueryAnalyzer::columns));
  }

  /** The canonical form of text that {@link #analyze} accepted. */
  static String canonical(List<SqlToken> tokens) {
    return tokens.stream().map(SqlToken::canonicalText).collect(Collectors.joining(" "));
  }

  private static void checkIsOneQuery(List<SqlToken> tokens) {
    if (tokens.isEmpty()) {
      throw new InvalidQueryException("it holds no SQL, only whitespace or comments");
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals(";")) {
        throw new InvalidQueryException(
            i == tokens.size() - 1
                ? "it ends with a semicolon; remove it, Strata puts the query inside CREATE VIEW"
                : "it holds more than one statement; a view is defined by one query");
      }
    }
    SqlToken first = tokens.get(0);
    boolean startsQuery =
        first.text().equals("(")
            || (first.kind() == SqlToken.Kind.WORD
                && QUERY_STARTS.contains(first.text().toLowerCase(Locale.ROOT)));
    if (!startsQuery) {
      throw new InvalidQueryException(
          "it is not a query: it starts with "
              + first.text()
              + ", and a view is defined by a SELECT");
    }
  }

  @Override
  public void close() {
    parserThread.shutdownNow();
  }

  private Optional<Statement> parse(String sql) {
    try {
      return Optional.of(CCJSqlParserUtil.parse(sql, parserThread, parser -> {}));
    } catch (JSQLParserException | RuntimeException | StackOverflowError e) {
      // vendor syntax JSqlParser does not know: compared on the canonical form alone
      return Optional.empty();
    }
  }

  private static Set<String> reads(Select select) {
    Set<String> reads = new TreeSet<>();
    for (String table : new TablesNamesFinder<Void>().getTables((Statement) select)) {
      reads.add(table.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT));
    }
    return reads;
  }

  private static Optional<List<String>> columns(Select select) {
    if (!(select instanceof PlainSelect plain)) {
      return Optional.empty();
    }
    List<String> columns =
        plain.getSelectItems().stream()
            .map(SelectItem::toString)
            .map(item -> canonical(SqlTokenizer.tokenize(item)))
            .toList();
    boolean star = columns.stream().anyMatch(column -> column.endsWith("*"));
    return star ? Optional.empty() : Optional.of(columns);
  }
}
