package dev.strata.processor.sql;

import java.util.Optional;
import java.util.Set;

/**
 * A select item's name written without {@code AS} where PostgreSQL reads the word as a keyword, as
 * MySQL, MariaDB and H2 do not: {@code EXTRACT(YEAR FROM born) year} is a syntax error on
 * PostgreSQL, {@code ... AS year} is not. The words are PostgreSQL's keywords that cannot be a bare
 * label ({@code pg_get_keywords()} where not {@code barelabel}, PostgreSQL 15), less those that
 * continue an expression there rather than name it: a clause's ({@code FROM}, {@code OVER} ...), a
 * type's ({@code double precision}, {@code character varying}, {@code int array}) and {@code
 * ISNULL}/{@code NOTNULL}, PostgreSQL's postfix tests.
 */
final class BareKeywordLabels {

  /**
   * The keywords read as a keyword where a bare label stands ({@code PostgresKeywordsOracleTest}).
   */
  static final Set<String> NOT_BARE =
      Set.of(
          "char",
          "character",
          "create",
          "day",
          "grant",
          "hour",
          "minute",
          "month",
          "overlaps",
          "second",
          "year");

  /** The words that end a select list, or stand before one of its items' operands. */
  private static final Set<String> ENDS_SELECT_LIST =
      Set.of(
          "from",
          "where",
          "group",
          "having",
          "window",
          "order",
          "limit",
          "offset",
          "fetch",
          "union",
          "intersect",
          "except",
          "on",
          "join",
          "by",
          "returning");

  private BareKeywordLabels() {}

  /** The refusal of the bare label at {@code i}, if one stands there. */
  static Optional<String> at(ForeignTokens code, int i) {
    if (!isBareLabel(code, i)) {
      return Optional.empty();
    }
    String word = code.lower(i);
    return Optional.of(
        word
            + " as a column's name without AS, which PostgreSQL reads as a keyword there: write"
            + " AS "
            + word);
  }

  private static boolean isBareLabel(ForeignTokens code, int i) {
    return code.kind(i) == SqlToken.Kind.WORD
        && NOT_BARE.contains(code.lower(i))
        && BareAliases.isLabel(code, i);
  }

  /** Whether {@code i} stands in a select list, at its own level. */
  static boolean inSelectList(ForeignTokens code, int i) {
    int clause =
        code.keywordBefore(
            i, at -> code.are(at, "select") || ENDS_SELECT_LIST.contains(code.lower(at)));
    return clause >= 0 && code.are(clause, "select");
  }
}
