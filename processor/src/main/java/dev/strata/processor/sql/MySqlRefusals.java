package dev.strata.processor.sql;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Syntax that MySQL and MariaDB refuse and H2 takes in every mode, each rule checked against the
 * real MariaDB server ({@code MariaDbForeignSyntaxOracleTest}), with the words that say what to
 * write.
 */
final class MySqlRefusals {

  /** Words after which {@code nulls first} is a column named nulls and its alias. */
  private static final Set<String> STARTS_SELECT_ITEM =
      Set.of("select", "distinct", "distinctrow", "all");

  /** PostgreSQL's regular expression operators; to MySQL {@code ~} is only a bitwise NOT. */
  private static final List<String> REGEX_MATCHES = List.of("~", "~*", "!~", "!~*");

  /** Keywords after which {@code ~} is MySQL's bitwise NOT of the operand that follows. */
  static final Set<String> BEFORE_AN_OPERAND =
      Set.of(
          "select",
          "distinct",
          "distinctrow",
          "all",
          "interval",
          "where",
          "having",
          "on",
          "when",
          "then",
          "else",
          "and",
          "or",
          "not",
          "by",
          "in",
          "is",
          "like",
          "between",
          "case",
          "return",
          "as",
          "xor",
          "div",
          "mod");

  /**
   * Words reserved in MySQL and MariaDB that may follow a relation, so that none is its alias;
   * others ({@code start}, {@code sample}, {@code full}) may be.
   */
  static final Set<String> AFTER_A_RELATION =
      Set.of(
          "on",
          "using",
          "where",
          "join",
          "inner",
          "left",
          "right",
          "cross",
          "natural",
          "outer",
          "straight_join",
          "group",
          "having",
          "window",
          "order",
          "limit",
          "union",
          "intersect",
          "except",
          "for",
          "lock",
          "into",
          "use",
          "force",
          "ignore",
          "partition");

  static final String QUALIFY =
      "a QUALIFY clause, which PostgreSQL, MySQL and MariaDB lack: filter in an outer query,"
          + " SELECT ... FROM (SELECT ..., ROW_NUMBER() OVER (...) AS rn FROM t) x WHERE rn = 1";

  private MySqlRefusals() {}

  /**
   * @param mariaDb whether the database is MariaDB, which refuses some syntax MySQL 8 takes
   */
  static Optional<String> first(List<SqlToken> tokens, boolean mariaDb) {
    for (SqlToken token : tokens) {
      if (token.kind() == SqlToken.Kind.VERBATIM && nestedComment(token.text())) {
        return Optional.of(
            "a comment inside a comment, which PostgreSQL and H2 nest: MySQL and MariaDB end it"
                + " at the first */ and read the rest as code; remove the inner /*");
      }
    }
    ForeignTokens code = new ForeignTokens(tokens);
    for (int i = 0; i < code.size(); i++) {
      Optional<String> refused = at(code, i, mariaDb);
      if (refused.isPresent()) {
        return refused;
      }
    }
    return QualifierCase.first(QueryStructure.code(tokens));
  }

  private static Optional<String> at(ForeignTokens code, int i, boolean mariaDb) {
    Optional<String> call = MySqlCallRefusals.at(code, i, mariaDb);
    if (call.isPresent()) {
      return call;
    }
    Optional<String> refusedHere =
        WindowRefusals.everywhere(code, i, mariaDb)
            .or(() -> mariaDb ? WindowRefusals.onMariaDb(code, i) : Optional.empty())
            .or(() -> MySqlIntervals.at(code, i, mariaDb))
            .or(() -> MySqlRowLimits.at(code, i))
            .or(() -> StandardCallForms.at(code, i))
            .or(() -> CommaJoins.at(code, i))
            .or(() -> ForeignNumbers.onMySql(code, i))
            .or(() -> ForeignLiterals.onMySql(code, i, mariaDb));
    if (refusedHere.isPresent()) {
      return refusedHere;
    }
    if (code.are(i, "::")) {
      return Optional.of("the :: cast, which is PostgreSQL's: write CAST(expression AS type)");
    }
    if (code.are(i, "groups") && startsFrame(code, i + 1)) {
      return Optional.of("a GROUPS window frame: write ROWS or RANGE");
    }
    if (code.are(i, "distinct", "on", "(")) {
      return Optional.of(
          "DISTINCT ON (...), which is PostgreSQL's: write a window function or a GROUP BY");
    }
    if (code.are(i, "filter", "(", "where")) {
      return Optional.of(
          "FILTER (WHERE ...) on an aggregate, which is PostgreSQL's: write the condition inside"
              + " it, SUM(CASE WHEN condition THEN x END), COUNT(CASE WHEN condition THEN 1 END)");
    }
    if (code.are(i, "is", "distinct", "from") || code.are(i, "is", "not", "distinct", "from")) {
      return Optional.of(
          "IS [NOT] DISTINCT FROM, which MySQL and MariaDB lack: write NOT (a <=> b) or a <=> b");
    }
    if ((code.are(i, "nulls", "first") || code.are(i, "nulls", "last")) && sortsNulls(code, i)) {
      return Optional.of(
          "NULLS FIRST or NULLS LAST, which MySQL and MariaDB lack: sort by x IS NULL first"
              + " (ORDER BY x IS NULL DESC, x puts nulls first)");
    }
    if (code.are(i, "[")) {
      return Optional.of(
          "an array or a subscript ([...]), which MySQL and MariaDB lack: use JSON_ARRAY and"
              + " JSON_EXTRACT, or a table");
    }
    if (code.are(i, "exclude")
        && endsFrameBound(code, i - 1)
        && (code.are(i + 1, "current", "row")
            || code.are(i + 1, "group")
            || code.are(i + 1, "ties"))) {
      return Optional.of(
          "a window frame exclusion (EXCLUDE ...), which MySQL and MariaDB lack: leave it out,"
              + " or subtract the excluded rows");
    }
    if (code.are(i, "ilike") && comparesWithIlike(code, i)) {
      return Optional.of("ILIKE, which is PostgreSQL's: write LOWER(a) LIKE LOWER(b)");
    }
    if (code.are(i, "within", "group", "(") && !code.are(code.afterClosing(i + 2), "over")) {
      return Optional.of(
          "an ordered-set aggregate (WITHIN GROUP) without OVER: MariaDB takes it only as a"
              + " window function, ... WITHIN GROUP (ORDER BY x) OVER (...), MySQL not at all");
    }
    if (code.are(i, ")", "ignore", "nulls") || (mariaDb && code.are(i, ")", "respect", "nulls"))) {
      return Optional.of(
          "IGNORE NULLS or RESPECT NULLS on a window function, which MariaDB lacks and MySQL"
              + " refuses to ignore: leave it out, or filter the nulls in a subquery");
    }
    if (DerivedTables.withoutAlias(code, i, AFTER_A_RELATION)) {
      return Optional.of(
          "a subquery in FROM without an alias, which MySQL and MariaDB require (Every derived"
              + " table must have its own alias): write (SELECT ...) AS name");
    }
    if (REGEX_MATCHES.stream().anyMatch(symbol -> code.are(i, symbol))
        && code.kind(i + 1) == SqlToken.Kind.STRING
        && code.endsOperand(i - 1)
        && !(code.kind(i - 1) == SqlToken.Kind.WORD
            && BEFORE_AN_OPERAND.contains(code.lower(i - 1)))) {
      return Optional.of(
          "the "
              + code.lower(i)
              + " regular expression match, which is PostgreSQL's: write a REGEXP 'pattern' (NOT"
              + " REGEXP for !~)");
    }
    if (QualifyClause.at(code, i, false)) {
      return Optional.of(QUALIFY);
    }
    if (mariaDb && (code.are(i, "->") || code.are(i, "->>"))) {
      return Optional.of(
          "the "
              + code.lower(i)
              + " JSON operator, which is MySQL's (MariaDB lacks it): write "
              + (code.are(i, "->")
                  ? "JSON_EXTRACT(doc, path)"
                  : "JSON_VALUE(doc, path) or JSON_UNQUOTE(JSON_EXTRACT(doc, path))")
              + ", or give the view a mariadb dialect query");
    }
    if (code.introducesCastType(i)) {
      Optional<String> cast = MySqlCastTypes.refused(code, i + 1, mariaDb);
      if (cast.isPresent()) {
        return cast;
      }
    }
    if (mariaDb && code.are(i, "at", "time", "zone")) {
      return Optional.of("AT TIME ZONE, which MariaDB lacks: write CONVERT_TZ(x, from, to)");
    }
    return Optional.empty();
  }

  /**
   * Whether {@code ilike} at {@code at} is the operator: an operand before it (NOT ILIKE's NOT too,
   * no other keyword) and one after it; elsewhere it is a name ({@code WHERE ilike = 1}, {@code
   * ORDER BY ilike DESC}, {@code FROM t ilike WHERE ...}).
   */
  private static boolean comparesWithIlike(ForeignTokens code, int at) {
    boolean afterKeyword =
        code.kind(at - 1) == SqlToken.Kind.WORD
            && BEFORE_AN_OPERAND.contains(code.lower(at - 1))
            && !code.are(at - 1, "not");
    boolean beforeClause =
        code.kind(at + 1) == SqlToken.Kind.WORD && AFTER_A_RELATION.contains(code.lower(at + 1));
    return code.endsOperand(at - 1)
        && !afterKeyword
        && at + 1 < code.size()
        && !code.are(at + 1, ",")
        && !code.are(at + 1, "from")
        && !beforeClause;
  }

  /** Whether {@code nulls} at {@code at} follows a sort key, not a select list's start. */
  private static boolean sortsNulls(ForeignTokens code, int at) {
    return code.endsOperand(at - 1)
        && !(code.kind(at - 1) == SqlToken.Kind.WORD
            && STARTS_SELECT_ITEM.stream().anyMatch(word -> code.are(at - 1, word)));
  }

  /**
   * Whether a window frame's bound ends at {@code at} ({@code 2 PRECEDING}, {@code CURRENT ROW}),
   * where its EXCLUDE stands; elsewhere exclude is a name ({@code WHERE NOT exclude GROUP BY}).
   */
  private static boolean endsFrameBound(ForeignTokens code, int at) {
    return code.are(at, "preceding") || code.are(at, "following") || code.are(at, "row");
  }

  /**
   * GROUPS BETWEEN ..., GROUPS UNBOUNDED PRECEDING, GROUPS CURRENT ROW, GROUPS 2 PRECEDING; a
   * column named groups may also be followed by BETWEEN, of values ({@code groups BETWEEN 1 AND
   * 3}), not of frame bounds.
   */
  private static boolean startsFrame(ForeignTokens code, int at) {
    return frameBound(code, code.are(at, "between") ? at + 1 : at);
  }

  // UNBOUNDED PRECEDING, CURRENT ROW, 2 FOLLOWING
  private static boolean frameBound(ForeignTokens code, int at) {
    return code.are(at, "unbounded")
        || code.are(at, "current", "row")
        || (code.kind(at) == SqlToken.Kind.NUMBER
            && (code.are(at + 1, "preceding") || code.are(at + 1, "following")));
  }

  /** A block comment, not MySQL's executable one, that holds another. */
  private static boolean nestedComment(String text) {
    return text.startsWith("/*")
        && !text.startsWith("/*!")
        && !text.startsWith("/*M!")
        && text.indexOf("/*", 2) > 0;
  }
}
