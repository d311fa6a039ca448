package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A query's tokens under the two ways databases read a backslash in {@code '...'}: as a plain
 * character, as PostgreSQL, H2 and the SQL standard do, and as an escape, as MySQL and MariaDB do.
 * Most text reads the same both ways. Where it does not, what one reading takes as a string the
 * other takes as code or as a comment ({@code '\' AS a, '-- b'}), and no canonical form of one
 * reading keeps every difference the other would see. A {@code #} is read as MySQL reads it, a
 * comment to the end of the line kept verbatim; PostgreSQL's reading, where it is the XOR operator,
 * is the last resort of {@link #checked()}.
 */
final class QueryReadings {

  private final String sql;

  /** Each reading that closes every string, quoted identifier and comment, the standard's first. */
  private final List<List<SqlToken>> readings;

  private QueryReadings(String sql, List<List<SqlToken>> readings) {
    this.sql = sql;
    this.readings = List.copyOf(readings);
  }

  /**
   * The tokens as PostgreSQL alone reads a {@code #}, its XOR operator, when the query has one and
   * no other reading has the shape of one query: {@code x + (y # z) AS c7} then has it, where a
   * comment from the {@code #} leaves the bracket open. Empty otherwise; never part of the
   * canonical form, so that no recorded hash changes.
   */
  private Optional<List<SqlToken>> postgresReading() {
    if (readings.stream().flatMap(List::stream).noneMatch(SqlToken::isHashComment)) {
      return Optional.empty();
    }
    try {
      List<SqlToken> reading = SqlTokenizer.tokenizeAsPostgres(sql);
      QueryStructure.check(reading);
      return Optional.of(reading);
    } catch (InvalidQueryException e) {
      return Optional.empty();
    }
  }

  /**
   * Checks the query as PostgreSQL alone reads it, its {@code #} the XOR operator, for a query
   * written for PostgreSQL: what the other readings take for a comment is code there, so {@code
   * SELECT n # 1 AS m FROM t; DROP TABLE u} is two statements.
   *
   * @throws InvalidQueryException when that reading is not one query, saying so
   */
  void requirePostgresShape() {
    if (readings.stream().flatMap(List::stream).noneMatch(SqlToken::isHashComment)) {
      return;
    }
    try {
      QueryStructure.check(SqlTokenizer.tokenizeAsPostgres(sql));
    } catch (InvalidQueryException e) {
      throw new InvalidQueryException(
          SqlMessages.postgresReadsNoQuery(e.getMessage()), e.index().orElse(-1));
    }
  }

  /**
   * The code of a query written for PostgreSQL, as PostgreSQL reads it: {@code tokens} unless the
   * query has a {@code #}, which is its XOR operator there, where {@code tokens} hold a comment to
   * the end of the line; call it after {@link #requirePostgresShape()}.
   */
  List<SqlToken> postgresCode(List<SqlToken> tokens) {
    if (readings.stream().flatMap(List::stream).noneMatch(SqlToken::isHashComment)) {
      return tokens;
    }
    return SqlTokenizer.tokenizeAsPostgres(sql);
  }

  /**
   * Why MySQL and MariaDB, which read a {@code #} as a comment to the end of the line, cannot run
   * the query, when only PostgreSQL's reading of it as XOR has the shape of one query; empty
   * otherwise.
   */
  Optional<String> brokenByHashComment() {
    Shape shape = shape();
    if (shape.whole() != null || postgresReading().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(SqlMessages.hashCommentBreaks(shape.firstReason().describedIn(sql)));
  }

  /**
   * @throws InvalidQueryException when neither reading closes a literal, quoted identifier or
   *     comment, with the standard reading's reason
   */
  static QueryReadings of(String sql) {
    return of(sql, false);
  }

  /**
   * As {@link #of(String)}, for a query written for MySQL or MariaDB when {@code writtenForMySql}:
   * its {@code "..."} a string, as they read it ({@link SqlTokenizer#tokenizeWrittenForMySql}).
   *
   * @throws InvalidQueryException when neither reading closes a literal, quoted identifier or
   *     comment, with the standard reading's reason
   */
  static QueryReadings of(String sql, boolean writtenForMySql) {
    if (sql.indexOf('\\') < 0) {
      // without a backslash both readings are one: tokenized once, as every query was before
      return new QueryReadings(sql, List.of(tokenize(sql, false, writtenForMySql)));
    }
    List<List<SqlToken>> readings = new ArrayList<>(2);
    InvalidQueryException standardReason = null;
    try {
      readings.add(tokenize(sql, false, writtenForMySql));
    } catch (InvalidQueryException e) {
      standardReason = e;
    }
    try {
      readings.add(tokenize(sql, true, writtenForMySql));
    } catch (InvalidQueryException e) {
      if (readings.isEmpty()) {
        throw standardReason;
      }
    }
    return new QueryReadings(sql, readings);
  }

  private static List<SqlToken> tokenize(
      String sql, boolean backslashEscapes, boolean writtenForMySql) {
    return writtenForMySql
        ? SqlTokenizer.tokenizeWrittenForMySql(sql, backslashEscapes)
        : SqlTokenizer.tokenize(sql, backslashEscapes);
  }

  /**
   * The canonical form: the readings' canonical form when they agree, else the exact text, so that
   * no edit of text that either database reads as a string or as code goes unseen.
   */
  String canonical() {
    String first = QueryAnalyzer.canonical(readings.get(0));
    for (List<SqlToken> other : readings.subList(1, readings.size())) {
      if (!QueryAnalyzer.canonical(other).equals(first)) {
        return sql;
      }
    }
    return first;
  }

  /**
   * The tokens of the first reading that has the shape of one query, the standard's first: it is
   * what H2 runs at compile time and PostgreSQL reads, and a query only one reading makes sense of
   * is a query for the databases that read it so; PostgreSQL's reading of {@code #} comes last
   * ({@link ForeignSyntax} refuses such a query for MySQL and MariaDB).
   *
   * @throws InvalidQueryException when no reading has the shape of one query, with the first
   *     reading's reason
   */
  List<SqlToken> checked() {
    Shape shape = shape();
    if (shape.whole() != null) {
      return shape.whole();
    }
    return postgresReading().orElseThrow(shape::firstReason);
  }

  /**
   * The first reading that has the shape of one query ({@code whole}), or, when none has, the first
   * reading's reason ({@code firstReason}); the other is null.
   */
  private record Shape(List<SqlToken> whole, InvalidQueryException firstReason) {}

  private Shape shape() {
    InvalidQueryException firstReason = null;
    for (List<SqlToken> reading : readings) {
      try {
        QueryStructure.check(reading);
        return new Shape(reading, null);
      } catch (InvalidQueryException e) {
        if (firstReason == null) {
          firstReason = e;
        }
      }
    }
    return new Shape(null, firstReason);
  }
}
