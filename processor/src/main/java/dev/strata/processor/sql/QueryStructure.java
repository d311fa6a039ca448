package dev.strata.processor.sql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks that tokens have the shape of one query, without a grammar, so that vendor syntax passes
 * and broken text does not: it starts a query, its brackets balance, it holds no second statement
 * and nothing that changes data or writes rows, and no clause is cut off. Each failed check throws
 * with a message that names it.
 */
final class QueryStructure {

  /** PostgreSQL's NAMEDATALEN less one: the longest name it keeps whole. */
  private static final int MAX_NAME_BYTES = 63;

  /** The words that join a relation: MySQL's {@code STRAIGHT_JOIN} too, not a name ending so. */
  static final Set<String> JOINS = Set.of("join", "straight_join");

  static final Set<String> QUERY_STARTS = Set.of("select", "with", "values", "table", "(");

  /** Statements that change the database, refused wherever a query could start. */
  private static final Set<String> DATA_CHANGING =
      Set.of(
          "delete",
          "insert",
          "update",
          "merge",
          "upsert",
          "create",
          "drop",
          "alter",
          "truncate",
          "grant",
          "revoke");

  /** What may stand before a SELECT that continues the same query. */
  static final Set<String> BEFORE_SELECT =
      Set.of("(", ")", "union", "intersect", "except", "minus", "all", "distinct");

  private QueryStructure() {}

  /** The code tokens, without the text that databases read differently. */
  static List<SqlToken> code(List<SqlToken> tokens) {
    return tokens.stream().filter(token -> token.kind() != SqlToken.Kind.VERBATIM).toList();
  }

  /**
   * @throws InvalidQueryException naming the first check the tokens fail
   */
  static void check(List<SqlToken> tokens) {
    List<SqlToken> code = code(tokens);
    if (code.isEmpty()) {
      throw new InvalidQueryException(SqlMessages.NO_SQL);
    }
    checkSemicolons(code);
    SqlToken first = code.get(0);
    if (!QUERY_STARTS.contains(lower(first))) {
      throw new InvalidQueryException(
          DATA_CHANGING.contains(lower(first))
              ? SqlMessages.changesData(first.text().toUpperCase(Locale.ROOT))
              : SqlMessages.notAQuery(first.text()),
          first.start());
    }
    checkBrackets(code);
    checkNameLengths(code);
    checkStatements(code);
    CutOffClauses.check(code);
    CommonTableExpressions.withoutQuery(code)
        .ifPresent(
            name -> {
              throw new InvalidQueryException(SqlMessages.withoutQuery(name));
            });
  }

  /**
   * A name of more than 63 bytes: PostgreSQL cuts it there without a word, so the view's column is
   * not the name written, or two names alike up to there are one; MySQL and MariaDB refuse a column
   * name of more than 64 characters.
   */
  private static void checkNameLengths(List<SqlToken> code) {
    for (SqlToken token : code) {
      if (RelationScanner.isName(token)) {
        String name = RelationScanner.unquotedText(token);
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
          throw new InvalidQueryException(SqlMessages.nameTooLong(name, bytes), token.start());
        }
      }
    }
  }

  private static void checkSemicolons(List<SqlToken> code) {
    for (int i = 0; i < code.size(); i++) {
      if (code.get(i).is(";")) {
        throw new InvalidQueryException(
            i == code.size() - 1 ? SqlMessages.TRAILING_SEMICOLON : SqlMessages.TWO_STATEMENTS,
            code.get(i).start());
      }
    }
  }

  private static void checkBrackets(List<SqlToken> code) {
    Deque<SqlToken> open = new ArrayDeque<>();
    for (SqlToken token : code) {
      if (token.is("(") || token.is("[")) {
        open.push(token);
      } else if (token.is(")") || token.is("]")) {
        String expected = token.is(")") ? "(" : "[";
        if (open.isEmpty()) {
          throw new InvalidQueryException(SqlMessages.closesNothing(token.text()), token.start());
        }
        if (!open.peek().text().equals(expected)) {
          throw new InvalidQueryException(
              SqlMessages.closedByOther(open.peek().text(), token.text()), token.start());
        }
        open.pop();
      }
    }
    if (!open.isEmpty()) {
      throw new InvalidQueryException(
          SqlMessages.notClosed(open.peek().text()), open.peek().start());
    }
  }

  /**
   * A data-changing keyword where a query could start ({@code (DELETE}, {@code UNION DELETE},
   * {@code WITH a AS (...) CREATE}), any {@code INTO}, and a SELECT that nothing joins to the query
   * before it.
   */
  private static void checkStatements(List<SqlToken> code) {
    for (int i = 1; i < code.size(); i++) {
      SqlToken token = code.get(i);
      String previous = lower(code.get(i - 1));
      if (token.kind() != SqlToken.Kind.WORD) {
        continue;
      }
      String word = lower(token);
      // INSERT( and TRUNCATE( are MySQL functions; no data-changing statement goes on with (
      boolean call = i + 1 < code.size() && code.get(i + 1).is("(");
      if (DATA_CHANGING.contains(word) && startsQuery(previous) && !call) {
        throw new InvalidQueryException(
            SqlMessages.changesData(token.text().toUpperCase(Locale.ROOT)), token.start());
      }
      if (word.equals("into")) {
        throw new InvalidQueryException(SqlMessages.SELECT_INTO, token.start());
      }
      if (word.equals("select") && !continuesQuery(code, i - 1)) {
        throw new InvalidQueryException(
            SqlMessages.secondStatement(code.get(i - 1).text()), token.start());
      }
    }
  }

  /**
   * Whether the words before {@code previous} are a recursive CTE's {@code SEARCH} or {@code CYCLE}
   * clause (SQL:1999, PostgreSQL 14), which stands between the CTE's bracket and the query's
   * SELECT.
   */
  private static boolean afterSearchOrCycle(List<SqlToken> code, int previous) {
    for (int i = previous; i > 0; i--) {
      SqlToken token = code.get(i);
      if (token.is("(") || token.is(")")) {
        return false;
      }
      String word = lower(token);
      if ((word.equals("search") || word.equals("cycle")) && code.get(i - 1).is(")")) {
        return continuesQuery(code, i - 1);
      }
    }
    return false;
  }

  /**
   * Whether the token at {@code previous} lets a SELECT continue the query: an opening bracket, a
   * set operator, or the bracket that closes a common table expression ({@code AS (...) SELECT}).
   */
  private static boolean continuesQuery(List<SqlToken> code, int previous) {
    if (!code.get(previous).is(")")) {
      return BEFORE_SELECT.contains(lower(code.get(previous)))
          || afterSearchOrCycle(code, previous);
    }
    int depth = 0;
    for (int i = previous; i >= 0; i--) {
      if (code.get(i).is(")")) {
        depth++;
      } else if (code.get(i).is("(") && --depth == 0) {
        return i > 0 && (code.get(i - 1).is("as") || code.get(i - 1).is("materialized"));
      }
    }
    return false;
  }

  private static boolean startsQuery(String previous) {
    return previous.equals("(") || previous.equals(")") || BEFORE_SELECT.contains(previous);
  }

  /**
   * Whether the code token at {@code at} starts a {@code FROM} clause: a {@code FROM} but the one
   * of {@code IS [NOT] DISTINCT FROM}, which compares two values ({@code SELECT DISTINCT} takes a
   * select list before any {@code FROM}).
   */
  static boolean startsFromClause(List<SqlToken> code, int at) {
    return code.get(at).is("from") && !(at > 0 && code.get(at - 1).is("distinct"));
  }

  static String lower(SqlToken token) {
    return token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.SYMBOL
        ? token.text().toLowerCase(Locale.ROOT)
        : "";
  }
}
