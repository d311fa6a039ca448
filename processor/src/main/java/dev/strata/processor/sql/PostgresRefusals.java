package dev.strata.processor.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Syntax that PostgreSQL refuses and H2 takes in its PostgreSQL mode, each rule checked against the
 * real server ({@code ForeignSyntaxOracleTest}), with the words that say what to write.
 */
final class PostgresRefusals {

  /** Words before {@code separator} that make it a name, not GROUP_CONCAT's keyword. */
  private static final Set<String> BEFORE_A_NAME = Set.of("as", "select", "distinct", "all", "by");

  /** Where a FROM clause's joins end: after these, a join still without a condition has none. */
  static final Set<String> ENDS_JOINS =
      Set.of(
          ",",
          "where",
          "group",
          "having",
          "window",
          "order",
          "limit",
          "offset",
          "fetch",
          "for",
          "union",
          "intersect",
          "except");

  static final Set<String> JOIN_KINDS = Set.of("inner", "left", "right", "full", "outer");

  private PostgresRefusals() {}

  /**
   * Two string literals that PostgreSQL does not join: it joins them only across a line break of
   * spaces and {@code --} comments, never across a {@code /* *}{@code /} comment.
   */
  private static boolean notJoinedByPostgres(String sql, SqlToken first, SqlToken second) {
    if (first.kind() != SqlToken.Kind.STRING || second.kind() != SqlToken.Kind.STRING) {
      return false;
    }
    String between =
        sql.substring(first.start() + first.text().length(), second.start())
            .replaceAll("--[^\n\r]*", "");
    return (between.indexOf('\n') < 0 && between.indexOf('\r') < 0) || between.contains("/*");
  }

  /** CROSS JOIN and NATURAL [LEFT ...] JOIN, which take no condition. */
  private static boolean joinsWithoutCondition(ForeignTokens code, int before) {
    int at = before;
    while (JOIN_KINDS.contains(code.lower(at))) {
      at--;
    }
    return code.are(at, "cross") || code.are(at, "natural");
  }

  /**
   * Whether the JOIN at {@code join} has its ON or USING, after the joins nested in it ({@code a
   * JOIN b JOIN c ON ... ON ...}) have theirs, before its FROM clause or bracket ends.
   */
  private static boolean hasCondition(ForeignTokens code, int join) {
    int pending = 1;
    int i = join + 1;
    while (i < code.size()) {
      if (code.are(i, "(")) {
        i = code.afterClosing(i);
        continue;
      }
      if (code.are(i, ")") || ENDS_JOINS.contains(code.lower(i))) {
        return false;
      }
      if (code.are(i, "join") && !joinsWithoutCondition(code, i - 1)) {
        pending++;
      } else if ((code.are(i, "on") || code.are(i, "using")) && --pending == 0) {
        return true;
      }
      i++;
    }
    return false;
  }

  /**
   * @param ownQuery whether the query is PostgreSQL's own dialect query, whose {@code #} and {@code
   *     <=>} are PostgreSQL's operators
   * @param version the release of PostgreSQL that runs it, from 15 to 18
   */
  static Optional<String> first(String sql, List<SqlToken> tokens, boolean ownQuery, int version) {
    for (SqlToken token : tokens) {
      if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER && token.text().startsWith("`")) {
        return Optional.of(
            "the name "
                + token.text()
                + " in backquotes, which are MySQL's and MariaDB's: write it plain, or in double"
                + " quotes");
      }
      if (token.is("<=>") && !ownQuery) {
        return Optional.of(
            "the <=> operator, which MySQL and MariaDB read as null-safe equality and PostgreSQL"
                + " only as an operator of an extension (pgvector's cosine distance): write IS NOT"
                + " DISTINCT FROM; or, for the extension's, give PostgreSQL a query of its own");
      }
      if (token.kind() == SqlToken.Kind.VERBATIM && token.text().startsWith("#") && !ownQuery) {
        return Optional.of(
            "a #, which MySQL and MariaDB read as a comment to the end of the line and PostgreSQL"
                + " as its XOR operator: write -- before a comment; or, for XOR, give PostgreSQL a"
                + " query of its own");
      }
    }
    List<SqlToken> code = QueryStructure.code(tokens);
    for (int i = 1; i < code.size(); i++) {
      if (notJoinedByPostgres(sql, code.get(i - 1), code.get(i))) {
        return Optional.of(
            "two strings side by side on one line ("
                + code.get(i - 1).text()
                + " "
                + code.get(i).text()
                + "), which MySQL and MariaDB join and PostgreSQL joins only across a line break"
                + " with no /* */ comment: write a || b, or break the line between them");
      }
    }
    ForeignTokens foreign = new ForeignTokens(tokens);
    for (int i = 0; i < foreign.size(); i++) {
      Optional<String> refused = at(foreign, i, version);
      if (refused.isPresent()) {
        return refused;
      }
    }
    // PostgreSQL's own query may call functions of the database's extensions or the user's
    return ownQuery ? Optional.empty() : MissingFunctions.postgres(version).first(foreign);
  }

  private static Optional<String> at(ForeignTokens code, int i, int version) {
    Optional<String> clause = clauseAt(code, i, version);
    if (clause.isPresent()) {
      return clause;
    }
    Optional<String> label = BareKeywordLabels.at(code, i);
    if (label.isPresent()) {
      return label;
    }
    Optional<String> refusedHere =
        WindowRefusals.everywhere(code, i, false)
            .or(() -> StandardCallForms.at(code, i))
            .or(() -> StandardCallForms.valuesRow(code, i))
            .or(() -> ComparisonChains.onPostgres(code, i))
            .or(() -> ForeignNumbers.onPostgres(code, i, version))
            .or(() -> ForeignLiterals.onPostgres(code, i));
    return refusedHere.isPresent() ? refusedHere : expressionAt(code, i);
  }

  /** A clause of MySQL's or MariaDB's, or of a later PostgreSQL, that starts at {@code i}. */
  private static Optional<String> clauseAt(ForeignTokens code, int i, int version) {
    if (code.startsFromClause(i) && fromsDual(code, i)) {
      return Optional.of(
          "FROM DUAL, the one-row table of MySQL, MariaDB and H2, which PostgreSQL does not have:"
              + " leave FROM DUAL out (PostgreSQL selects without a FROM clause); or, for a table"
              + " of your own named dual, write its name in double quotes");
    }
    if (code.are(i, "limit") && code.kind(i + 1) == SqlToken.Kind.NUMBER && code.are(i + 2, ",")) {
      return Optional.of("LIMIT offset, count, which is MySQL's: write LIMIT count OFFSET offset");
    }
    if (code.are(i, "separator")
        && code.kind(i + 1) == SqlToken.Kind.STRING
        && code.endsOperand(i - 1)
        && BEFORE_A_NAME.stream().noneMatch(word -> code.are(i - 1, word))) {
      return Optional.of(
          "GROUP_CONCAT's SEPARATOR, which is MySQL's: write string_agg(x, separator ORDER BY"
              + " ...)");
    }
    if (code.are(i, "join")
        && !isLabel(code, i)
        && !joinsWithoutCondition(code, i - 1)
        && !hasCondition(code, i)) {
      return Optional.of(
          "a JOIN without ON or USING, which MySQL and MariaDB read as CROSS JOIN: write CROSS"
              + " JOIN, or the ON condition");
    }
    if (QualifyClause.at(code, i, true)) {
      return Optional.of(MySqlRefusals.QUALIFY);
    }
    Optional<String> refusedClause =
        HavingAliases.at(code, i)
            .or(() -> CommaJoins.at(code, i))
            .or(() -> PostgresRowLimits.at(code, i));
    if (refusedClause.isPresent()) {
      return refusedClause;
    }
    if (version < 16
        && DerivedTables.withoutAlias(code, i, DerivedTables.AFTER_A_RELATION_ON_POSTGRES)) {
      return Optional.of(
          "a subquery in FROM without an alias, which PostgreSQL takes from release 16 on (15"
              + " says: subquery in FROM must have an alias): write (SELECT ...) AS name; or, if"
              + " the module runs on PostgreSQL 16 or later, say so with"
              + " -Astrata.postgresqlVersion=16");
    }
    return Optional.empty();
  }

  /**
   * Whether the FROM clause at {@code from} reads only DUAL, unquoted and unqualified ({@code
   * "dual"} and {@code s.dual} are tables of the user's): a query's, not the FROM of {@code
   * EXTRACT(YEAR FROM dual)}, where dual is a column.
   */
  private static boolean fromsDual(ForeignTokens code, int from) {
    return code.lower(from + 1).equals("dual")
        && !code.are(from + 2, ".")
        && code.inSelect(from)
        && code.definedNames().stream().noneMatch(name -> code.are(name, "dual"));
  }

  /**
   * Whether the word at {@code at} is a name PostgreSQL takes it for: {@code n AS join}, {@code
   * x.join}, or a select item's bare label, {@code SELECT id join FROM t}.
   */
  private static boolean isLabel(ForeignTokens code, int at) {
    boolean bare = code.endsOperand(at - 1) && (code.are(at + 1, ",") || code.are(at + 1, "from"));
    return code.are(at - 1, "as") || code.are(at - 1, ".") || bare;
  }

  /**
   * Whether FROM or FOR separates the arguments of the call whose bracket opens at {@code open}.
   */
  private static boolean keywordArguments(ForeignTokens code, int open) {
    int close = code.afterClosing(open) - 1;
    for (int at = open + 1, depth = 0; at < close; at++) {
      if (code.are(at, "(")) {
        depth++;
      } else if (code.are(at, ")")) {
        depth--;
      } else if (depth == 0 && (code.are(at, "for") || substringsFrom(code, at))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the FROM at {@code at} is SUBSTRING's, not IS DISTINCT FROM's in an argument. */
  private static boolean substringsFrom(ForeignTokens code, int at) {
    return code.are(at, "from") && !code.are(at - 1, "distinct");
  }

  /**
   * The SQL standard's functions without brackets, which MySQL and H2 also call with empty ones.
   */
  private static final Set<String> NILADIC =
      Set.of(
          "current_date",
          "current_time",
          "current_timestamp",
          "localtime",
          "localtimestamp",
          "current_user",
          "session_user",
          "user",
          "current_role",
          "current_catalog");

  /** An operator or modifier of MySQL's, MariaDB's or H2's that stands at {@code i}. */
  private static Optional<String> expressionAt(ForeignTokens code, int i) {
    if ((code.are(i, "regexp") || code.are(i, "rlike"))
        && code.kind(i + 1) == SqlToken.Kind.STRING
        && code.endsOperand(i - 1)
        && !code.are(i - 1, "as")) {
      return Optional.of(
          code.lower(i).toUpperCase(Locale.ROOT)
              + ", which is MySQL's and MariaDB's: write a ~ 'pattern' (a !~ 'pattern' for NOT)");
    }
    if ((code.are(i, "as", "signed") || code.are(i, "as", "unsigned"))
        && code.inBracketsOf(i, "cast")) {
      return Optional.of("a cast AS SIGNED or UNSIGNED, which is MySQL's: write AS BIGINT");
    }
    if ((code.are(i, "as") && code.inBracketsOf(i, "cast")) || code.are(i, "::")) {
      Optional<String> cast = PostgresCastTypes.refused(code, i + 1);
      if (cast.isPresent()) {
        return cast;
      }
    }
    if (NILADIC.contains(code.lower(i))
        && code.kind(i) == SqlToken.Kind.WORD
        && code.are(i + 1, "(", ")")
        && !code.are(i - 1, ".")) {
      String call = code.lower(i).toUpperCase(Locale.ROOT);
      return Optional.of(
          call + "(), whose empty brackets PostgreSQL refuses: write " + call + " without them");
    }
    boolean charCall =
        code.are(i, "char", "(")
            && !code.are(i - 1, ".")
            && !code.are(i - 1, "as")
            && !code.are(i - 1, "::")
            && !code.are(i - 1, "national")
            && code.kind(code.afterClosing(i + 1)) != SqlToken.Kind.STRING;
    if (charCall) {
      return Optional.of(
          "CHAR(n), a function of MySQL's and H2's, which PostgreSQL reads as the type char(n):"
              + " write CHR(n)");
    }
    if (code.are(i, "substr", "(") && !code.are(i - 1, ".") && keywordArguments(code, i + 1)) {
      return Optional.of(
          "SUBSTR(x FROM n FOR m), whose FROM and FOR PostgreSQL takes in SUBSTRING only: write"
              + " SUBSTRING(x FROM n FOR m), or SUBSTR(x, n, m)");
    }
    if (code.are(i, "now", "(") && !code.are(i + 2, ")") && !code.are(i - 1, ".")) {
      return Optional.of(
          "NOW(n), which PostgreSQL has without arguments only: write CURRENT_TIMESTAMP(n)");
    }
    if (code.are(i, ")", "ignore", "nulls") || code.are(i, ")", "respect", "nulls")) {
      return Optional.of(
          "IGNORE NULLS or RESPECT NULLS on a window function, which PostgreSQL lacks: leave it"
              + " out, or filter the nulls in a subquery");
    }
    if (code.are(i, "within", "group", "(") && code.are(code.afterClosing(i + 2), "over")) {
      return Optional.of(
          "an ordered-set aggregate (WITHIN GROUP) with OVER, which is MariaDB's: PostgreSQL"
              + " takes it only as an aggregate, with GROUP BY or in a subquery");
    }
    return Optional.empty();
  }
}
