package dev.strata.processor.sql;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calls and predicates that H2 and PostgreSQL take and MySQL or MariaDB refuse: an {@code EXTRACT}
 * of a field they lack ({@code EXTRACT(EPOCH FROM x)}); a subquery of {@code IN}, {@code ANY},
 * {@code ALL} or {@code SOME} with a {@code LIMIT}; {@code LTRIM(x, chars)}; {@code SESSION_USER}
 * and {@code CURRENT_SCHEMA} without brackets; and on MariaDB a {@code LAG} or {@code LEAD} with a
 * default ({@code LAG(x, 1, 0)}), {@code REGEXP_REPLACE} with flags and an alias with its columns'
 * names after a table or subquery ({@code (VALUES ...) AS v (a, b)}), all of which MySQL 8 takes.
 * Measured on MariaDB 10.11 ({@code MariaDbForeignSyntaxOracleTest}).
 */
final class MySqlCallRefusals {

  /** The fields MySQL's and MariaDB's {@code EXTRACT} takes: their intervals' units. */
  private static final Set<String> FIELDS = MySqlIntervals.UNITS;

  /** The standard's functions without brackets that they call with brackets only. */
  private static final Map<String, String> BRACKETED =
      Map.of(
          "session_user", "SESSION_USER()",
          "current_schema", "DATABASE()",
          "current_catalog", "DATABASE()");

  /** What to write for the fields of PostgreSQL's and H2's that are asked for most. */
  private static final Map<String, String> INSTEAD =
      Map.of(
          "epoch", "UNIX_TIMESTAMP(x)",
          "dow", "DAYOFWEEK(x) - 1",
          "day_of_week", "DAYOFWEEK(x)",
          "doy", "DAYOFYEAR(x)",
          "day_of_year", "DAYOFYEAR(x)",
          "isodow", "WEEKDAY(x) + 1",
          "iso_week", "WEEK(x, 3)",
          "millisecond", "EXTRACT(MICROSECOND FROM x) DIV 1000");

  private MySqlCallRefusals() {}

  /** The refusal of the call that starts at {@code i}, if the database refuses it. */
  static Optional<String> at(ForeignTokens code, int i, boolean mariaDb) {
    if (code.are(i, "extract", "(")
        && code.kind(i + 2) == SqlToken.Kind.WORD
        && code.are(i + 3, "from")
        && !FIELDS.contains(code.lower(i + 2))) {
      String field = code.lower(i + 2);
      return Optional.of(
          "EXTRACT("
              + field.toUpperCase(Locale.ROOT)
              + " FROM ...), a field MySQL and MariaDB lack: write "
              + INSTEAD.getOrDefault(field, "a function of theirs that gives it"));
    }
    if (mariaDb
        && (code.are(i, "lag", "(") || code.are(i, "lead", "("))
        && !code.are(i - 1, ".")
        && arguments(code, i + 1) == 3) {
      String call = code.lower(i).toUpperCase(Locale.ROOT);
      return Optional.of(
          call
              + "(x, n, default), whose default MariaDB lacks: write COALESCE("
              + call
              + "(x, n) OVER (...), default)");
    }
    Optional<String> arity = arity(code, i, mariaDb);
    if (arity.isPresent()) {
      return arity;
    }
    if (BRACKETED.containsKey(code.lower(i))
        && code.kind(i) == SqlToken.Kind.WORD
        && !code.are(i + 1, "(")
        && !code.are(i - 1, ".")
        && !code.are(i - 1, "as")) {
      return Optional.of(
          code.lower(i).toUpperCase(Locale.ROOT)
              + " without brackets, which MySQL and MariaDB read as a column's name: write "
              + BRACKETED.get(code.lower(i)));
    }
    if (mariaDb && aliasWithColumns(code, i)) {
      return Optional.of(
          "an alias with its columns' names, "
              + code.lower(i)
              + "(...), which MariaDB 10.11 lacks after a table or subquery (MySQL 8 takes it):"
              + " name the"
              + " columns in the subquery (SELECT a AS x, ...), or in a WITH x (a, b) AS (...)");
    }
    if (mariaDb && code.are(i, "between", "symmetric") && startsOperand(code, i + 2)) {
      return Optional.of(
          "BETWEEN SYMMETRIC, which MariaDB lacks: write (x BETWEEN a AND b OR x BETWEEN b AND a)");
    }
    boolean named =
        code.kind(i + 1) == SqlToken.Kind.WORD
            || code.kind(i + 1) == SqlToken.Kind.QUOTED_IDENTIFIER;
    if (mariaDb && code.are(i, "table") && code.startsQuery(i) && named) {
      return Optional.of(
          "TABLE "
              + code.relationName(i + 1)
              + ", which MariaDB lacks (MySQL 8 takes it): write SELECT * FROM "
              + code.relationName(i + 1));
    }
    if (mariaDb && rowIsNull(code, i)) {
      return Optional.of(
          "a row IS NULL, (a, b) IS NULL, which MariaDB refuses (Operand should contain 1 column):"
              + " write a IS NULL AND b IS NULL");
    }
    if (mariaDb) {
      Optional<String> valuesRow = StandardCallForms.valuesRow(code, i);
      if (valuesRow.isPresent()) {
        return valuesRow;
      }
    }
    if (mariaDb && code.are(i, "between", "asymmetric") && startsOperand(code, i + 2)) {
      return Optional.of(
          "BETWEEN ASYMMETRIC, which MariaDB lacks: leave ASYMMETRIC out, as it is what BETWEEN"
              + " does");
    }
    if (mariaDb && (code.are(i, "trim", "(", "from") || forWithoutFrom(code, i))) {
      return Optional.of(
          code.lower(i).toUpperCase(Locale.ROOT)
              + (code.are(i, "trim") ? "(FROM x)" : "(x FOR n)")
              + ", which MariaDB lacks: write "
              + (code.are(i, "trim") ? "TRIM(x)" : "SUBSTRING(x, 1, n)"));
    }
    if (limitedSubquery(code, i)) {
      return Optional.of(
          "a LIMIT in a subquery of IN, ANY, ALL or SOME, which MySQL and MariaDB refuse (This"
              + " version doesn't yet support 'LIMIT & IN/ALL/ANY/SOME subquery'): read it from a"
              + " derived table, IN (SELECT id FROM (SELECT ... LIMIT n) AS x)");
    }
    return Optional.empty();
  }

  /** A call of theirs with more arguments than they take: PostgreSQL's {@code LTRIM(x, '0')}. */
  private static Optional<String> arity(ForeignTokens code, int i, boolean mariaDb) {
    if (code.are(i - 1, ".") || !code.are(i + 1, "(")) {
      return Optional.empty();
    }
    int count = arguments(code, i + 1);
    if ((code.are(i, "ltrim") || code.are(i, "rtrim")) && count == 2) {
      String side = code.are(i, "ltrim") ? "LEADING" : "TRAILING";
      return Optional.of(
          code.lower(i).toUpperCase(Locale.ROOT)
              + "(x, characters), which MySQL and MariaDB take with one argument: write TRIM("
              + side
              + " characters FROM x)");
    }
    if (code.are(i, "trim") && count == 2) {
      return Optional.of(
          "TRIM(x, characters), which MySQL and MariaDB lack: write TRIM(BOTH characters FROM x)");
    }
    if (code.are(i, "datediff") && count == 3) {
      return Optional.of(
          "DATEDIFF(unit, a, b), which MySQL and MariaDB take as DATEDIFF(a, b), in days: write"
              + " TIMESTAMPDIFF(unit, a, b)");
    }
    if (mariaDb && code.are(i, "regexp_replace") && count > 3) {
      return Optional.of(
          "REGEXP_REPLACE with more than three arguments, which MariaDB lacks: write"
              + " REGEXP_REPLACE(x, pattern, replacement), which replaces every match there");
    }
    return Optional.empty();
  }

  /**
   * Whether the name at {@code i} is a relation's alias with its columns: {@code t AS x (a, b)}.
   */
  private static boolean aliasWithColumns(ForeignTokens code, int i) {
    boolean name =
        code.kind(i) == SqlToken.Kind.QUOTED_IDENTIFIER
            || (code.kind(i) == SqlToken.Kind.WORD
                && !QualifyClause.AFTER_AN_ALIAS.contains(code.lower(i))
                && !code.are(i, "partition"));
    if (!name || !QualifyClause.namesOnly(code, i + 1)) {
      return false;
    }
    return code.are(i - 1, "as")
        ? QualifyClause.followsRelation(code, i - 1)
        : QualifyClause.followsRelation(code, i);
  }

  /**
   * Whether an operand starts at {@code at}, after BETWEEN's SYMMETRIC: not AND nor an operator,
   * after which the word is MariaDB's column, {@code BETWEEN symmetric AND 5}.
   */
  private static boolean startsOperand(ForeignTokens code, int at) {
    SqlToken.Kind kind = code.kind(at);
    return kind == SqlToken.Kind.NUMBER
        || kind == SqlToken.Kind.STRING
        || kind == SqlToken.Kind.QUOTED_IDENTIFIER
        || kind == SqlToken.Kind.WORD && !code.are(at, "and")
        || code.are(at, "(");
  }

  /** Where a row that IS NULL tests stands: a condition's or a select item's start. */
  static final Set<String> BEFORE_A_ROW =
      Set.of(
          "where", "and", "or", "not", "when", "then", "else", "having", "on", "select", "(", ",");

  /** Whether the bracket closing at {@code close} is a row, (a, b), that IS [NOT] NULL tests. */
  private static boolean rowIsNull(ForeignTokens code, int close) {
    if (!testedForNull(code, close)) {
      return false;
    }
    int open = code.opening(close);
    int start = code.are(open - 1, "row") ? open - 1 : open;
    // a bracket where a condition or an item starts: not a call's, f(a, b) IS NULL, nor IN's list
    // or a comparison's side, a IN (1, 2) IS NULL, (a, b) = (1, 2) IS NULL
    if (open < 0 || !(start == 0 || BEFORE_A_ROW.contains(code.lower(start - 1)))) {
      return false;
    }
    while (code.are(open + 1, "(") && code.afterClosing(open + 1) == close) {
      // a row in more brackets, ((a, b)) IS NULL
      open++;
      close--;
    }
    return !code.are(open + 1, "select") && arguments(code, open) > 1;
  }

  /** Whether the bracket closing at {@code close} is tested by IS [NOT] NULL. */
  static boolean testedForNull(ForeignTokens code, int close) {
    return code.are(close, ")", "is", "null") || code.are(close, ")", "is", "not", "null");
  }

  /** Whether {@code i} starts a SUBSTRING(x FOR n) without its FROM, which MariaDB lacks. */
  private static boolean forWithoutFrom(ForeignTokens code, int i) {
    if (!(code.are(i, "substring", "(") || code.are(i, "substr", "("))) {
      return false;
    }
    int close = code.afterClosing(i + 1) - 1;
    boolean from = false;
    for (int at = i + 2, depth = 0; at < close; at++) {
      if (code.are(at, "(")) {
        depth++;
      } else if (code.are(at, ")")) {
        depth--;
      } else if (depth == 0 && code.are(at, "from")) {
        from = true;
      } else if (depth == 0 && code.are(at, "for")) {
        return !from;
      }
    }
    return false;
  }

  /** Whether {@code i} opens {@code IN (SELECT ... LIMIT n)}, or ANY's, ALL's or SOME's. */
  private static boolean limitedSubquery(ForeignTokens code, int i) {
    boolean quantified =
        code.are(i, "in")
            || ((code.are(i, "any") || code.are(i, "all") || code.are(i, "some"))
                && code.kind(i - 1) == SqlToken.Kind.SYMBOL);
    if (!quantified || !code.are(i + 1, "(", "select")) {
      return false;
    }
    int close = code.afterClosing(i + 1) - 1;
    int depth = 0;
    for (int at = i + 2; at < close; at++) {
      depth += code.are(at, "(") ? 1 : code.are(at, ")") ? -1 : 0;
      if (depth == 0 && (code.are(at, "limit") || code.are(at, "fetch", "first"))) {
        return true;
      }
    }
    return false;
  }

  /** How many arguments the call whose bracket opens at {@code open} has. */
  static int arguments(ForeignTokens code, int open) {
    int close = code.afterClosing(open) - 1;
    int depth = 0;
    int commas = 0;
    for (int at = open + 1; at < close; at++) {
      depth += code.are(at, "(") ? 1 : code.are(at, ")") ? -1 : 0;
      commas += depth == 0 && code.are(at, ",") ? 1 : 0;
    }
    return close > open + 1 ? commas + 1 : 0;
  }
}
