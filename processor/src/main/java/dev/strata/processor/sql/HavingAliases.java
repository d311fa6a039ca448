package dev.strata.processor.sql;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A select item's name read in its query's HAVING clause ({@code SELECT kind, COUNT(*) AS n ...
 * HAVING n > 1}), which H2, MySQL and MariaDB take and PostgreSQL does not: it reads only the
 * columns of the FROM clause there ({@code column "n" does not exist}, or, where a column has the
 * name, that column, which is not what H2 checked).
 */
final class HavingAliases {

  /** Where a HAVING clause ends, at its own level. */
  private static final Set<String> ENDS_HAVING =
      Set.of("window", "order", "limit", "offset", "fetch", "for", "union", "intersect", "except");

  private HavingAliases() {}

  /** The words for the select item's name that the HAVING at {@code having} reads, if one. */
  static Optional<String> at(ForeignTokens code, int having) {
    if (!code.are(having, "having") || !code.inSelect(having)) {
      return Optional.empty();
    }
    int end = clauseEnd(code, having);
    Set<String> names = itemNames(code, selectOf(code, having));
    // a name the query also reads elsewhere may be a column's, which H2 and PostgreSQL read alike
    names.removeAll(namesReadOutside(code, having, end));
    for (int i = having + 1; i < end; i++) {
      if (code.are(i, "(") && (code.are(i + 1, "select") || code.are(i + 1, "with"))) {
        // a subquery's own names and clauses
        i = code.afterClosing(i) - 1;
      } else if (readsName(code, i) && names.contains(code.lower(i)) && !inCall(code, i, having)) {
        return Optional.of(
            "HAVING reads "
                + code.lower(i)
                + ", a select item's name, where H2, MySQL and MariaDB read the item and"
                + " PostgreSQL only a column of the FROM clause (column \""
                + code.lower(i)
                + "\" does not exist): repeat the item's expression in HAVING, or filter in an"
                + " outer query");
      }
    }
    return Optional.empty();
  }

  /** The index just after the HAVING clause at {@code having}, at its own level. */
  private static int clauseEnd(ForeignTokens code, int having) {
    int depth = 0;
    for (int i = having + 1; i < code.size(); i++) {
      if (code.are(i, "(")) {
        depth++;
      } else if (code.are(i, ")") && --depth < 0) {
        return i;
      } else if (depth == 0 && ENDS_HAVING.contains(code.lower(i))) {
        return i;
      }
    }
    return code.size();
  }

  /**
   * The names read as columns outside the tokens from {@code from} to {@code to}, but in an ORDER
   * BY, which reads a select item's name as HAVING does not.
   */
  private static Set<String> namesReadOutside(ForeignTokens code, int from, int to) {
    Set<String> read = new HashSet<>();
    for (int i = 0; i < code.size(); i++) {
      boolean named = code.are(i - 1, "as") || BareAliases.isLabel(code, i);
      if ((i < from || i >= to) && readsName(code, i) && !named && !inOrderBy(code, i)) {
        read.add(code.lower(i));
      }
    }
    return read;
  }

  /** Whether the token at {@code at} stands in an ORDER BY, at its own level. */
  private static boolean inOrderBy(ForeignTokens code, int at) {
    int clause =
        code.keywordBefore(
            at,
            i -> code.are(i, "order", "by") || code.are(i, "select") || code.startsFromClause(i));
    return clause >= 0 && code.are(clause, "order");
  }

  /**
   * Whether the word at {@code at} stands in a call's brackets within the clause from {@code
   * start}, an aggregate's argument or a cast's type, where PostgreSQL and H2 read a column.
   */
  private static boolean inCall(ForeignTokens code, int at, int start) {
    int depth = 0;
    for (int i = at - 1; i > start; i--) {
      if (code.are(i, ")")) {
        depth++;
      } else if (code.are(i, "(") && --depth < 0) {
        // NOT (...), AND (...), IN (...): a bracket after a keyword is no call's
        boolean call =
            code.kind(i - 1) == SqlToken.Kind.WORD
                && !MySqlRefusals.BEFORE_AN_OPERAND.contains(code.lower(i - 1));
        if (call) {
          return true;
        }
        depth = 0;
      }
    }
    return false;
  }

  /** The index of the SELECT whose clause the token at {@code at} belongs to. */
  private static int selectOf(ForeignTokens code, int at) {
    int depth = 0;
    for (int i = at - 1; i >= 0; i--) {
      if (code.are(i, ")")) {
        depth++;
      } else if (code.are(i, "(")) {
        depth--;
      } else if (depth == 0 && code.are(i, "select")) {
        return i;
      }
    }
    return 0;
  }

  /**
   * The names the select list after {@code select} gives its items, after AS or bare, but a
   * column's own ({@code kind AS kind}, {@code t.kind AS kind}), which HAVING reads as that column.
   */
  private static Set<String> itemNames(ForeignTokens code, int select) {
    Set<String> names = new HashSet<>();
    for (int i = select + 1, depth = 0; i < code.size(); i++) {
      if (code.are(i, "(")) {
        depth++;
      } else if (code.are(i, ")")) {
        depth--;
      } else if (depth == 0 && code.startsFromClause(i)) {
        break;
      } else if (depth == 0 && code.kind(i) == SqlToken.Kind.WORD && namesItem(code, i)) {
        names.add(code.lower(i));
      }
    }
    return names;
  }

  private static boolean namesItem(ForeignTokens code, int i) {
    boolean afterAs = code.are(i - 1, "as") && !code.introducesCastType(i - 1);
    int operandEnd = afterAs ? i - 2 : i - 1;
    boolean ownColumn = code.lower(operandEnd).equals(code.lower(i));
    return (afterAs || BareAliases.isLabel(code, i)) && !ownColumn;
  }

  /**
   * Whether the word at {@code i} reads a column by its bare name, not a call, a qualifier or a
   * literal's type.
   */
  private static boolean readsName(ForeignTokens code, int i) {
    return code.kind(i) == SqlToken.Kind.WORD
        && !code.are(i - 1, ".")
        && !code.are(i + 1, ".")
        && !code.are(i + 1, "(")
        // a typed literal's type: DATE '2020-01-01'
        && code.kind(i + 1) != SqlToken.Kind.STRING;
  }
}
