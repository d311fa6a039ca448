package dev.strata.processor.sql;

import dev.strata.processor.model.Sha256;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a view's SQL: refuses what is not one query, computes the canonical form that decides
 * whether two queries are the same, and finds what the query reads and returns.
 */
public final class QueryAnalyzer implements AutoCloseable {

  /** How long JSqlParser may take over one query before it is compared on its tokens alone. */
  public static final Duration PARSE_TIME_LIMIT = Duration.ofSeconds(2);

  private final QueryParser parser;

  public QueryAnalyzer() {
    this(PARSE_TIME_LIMIT);
  }

  /** An analyzer that gives up parsing a query after {@code parseLimit}. */
  QueryAnalyzer(Duration parseLimit) {
    this.parser = new QueryParser(parseLimit);
  }

  /**
   * @throws InvalidQueryException when the text is not a single query, saying which check failed
   */
  public QueryAnalysis analyze(String sql) {
    return analyze(QueryText.portable(sql));
  }

  /**
   * @throws InvalidQueryException when the text is not a single query, saying which check failed
   */
  public QueryAnalysis analyze(QueryText query) {
    return analyze(query, parser::parse);
  }

  /**
   * The analysis of {@code query} with {@code parse} as the parser: on the calling thread, but for
   * what {@code parse} does.
   *
   * @throws InvalidQueryException when the text is not a single query, saying which check failed
   */
  static QueryAnalysis analyze(QueryText query, Function<String, Optional<ParsedQuery>> parse) {
    QueryReadings readings = QueryReadings.of(query.sql());
    List<SqlToken> tokens = readings.checked();
    if (query.isFor("postgresql")) {
      readings.requirePostgresShape();
    }
    String canonical = readings.canonical();
    // the server's own reading, where one database alone runs the query: its comments, its quotes
    List<List<SqlToken>> codeReadings =
        query.mysqlFamily()
            ? MySqlCode.readings(query.sql(), query.isFor("mariadb"), tokens)
            : List.of(tokens);
    List<SqlToken> code = codeReadings.get(0);
    Optional<ParsedQuery> parsed = parse.apply(parserInput(readableNames(code)));
    return new QueryAnalysis(
        canonical,
        Sha256.hex(canonical),
        parsed.isPresent(),
        parsed.map(found -> reads(found, codeReadings)),
        parsed.flatMap(ParsedQuery::columns),
        parsed.map(found -> ColumnReadScanner.reads(code)));
  }

  /**
   * The canonical form of tokens that one reading of a query gave: their canonical texts, one space
   * apart but within an operator PostgreSQL reads as one ({@link PostgresOperators}).
   */
  static String canonical(List<SqlToken> tokens) {
    boolean[] continued = PostgresOperators.continued(tokens);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0 && !continued[i]) {
        text.append(' ');
      }
      text.append(tokens.get(i).canonicalText());
    }
    return text.toString();
  }

  /**
   * The tokens with each backquoted name that holds a doubled backquote, {@code `a``b`}, in double
   * quotes, {@code "a`b"}: the same name to JSqlParser, which reads the first as {@code `a`} and
   * its alias {@code `b`}, or not at all.
   */
  private static List<SqlToken> readableNames(List<SqlToken> tokens) {
    List<SqlToken> readable = new ArrayList<>(tokens.size());
    for (SqlToken token : tokens) {
      boolean doubled =
          token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER
              && token.text().startsWith("`")
              && token.text().contains("``");
      String name = RelationScanner.unquotedText(token);
      readable.add(
          doubled
              ? new SqlToken(
                  token.kind(),
                  '"' + name.replace("\"", "\"\"") + '"',
                  token.spaced(),
                  token.start())
              : token);
    }
    return readable;
  }

  /**
   * The tokens with one space wherever the user wrote whitespace or a comment: what the parser
   * understands then depends on the tokens alone, so {@code WITH TIES} parses as {@code WITH TIES}
   * does.
   */
  static String parserInput(List<SqlToken> tokens) {
    StringBuilder text = new StringBuilder();
    for (SqlToken token : tokens) {
      if (token.spaced() && text.length() > 0) {
        text.append(' ');
      }
      text.append(token.text());
      if (token.endsALine()) {
        text.append('\n');
      }
    }
    return text.toString();
  }

  /**
   * What the parser's finder saw and what the token scan saw in each reading: a name either sees is
   * read.
   */
  private static Set<String> reads(ParsedQuery parsed, List<List<SqlToken>> readings) {
    Set<String> reads = new TreeSet<>(parsed.reads());
    for (List<SqlToken> reading : readings) {
      reads.addAll(RelationScanner.relations(reading));
    }
    return reads;
  }

  @Override
  public void close() {
    parser.close();
  }
}
