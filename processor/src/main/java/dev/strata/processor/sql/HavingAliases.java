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
    Set<String> names = itemNames(code, selectOf(code, having));
    for (int i = having + 1, depth = 0; i < code.size(); i++) {
      if (code.are(i, "(") && (code.are(i + 1, "select") || code.are(i + 1, "with"))) {
        // a subquery's own names and clauses
        i = code.afterClosing(i) - 1;
      } else if (code.are(i, "(")) {
        depth++;
      } else if (code.are(i, ")") && --depth < 0) {
        break;
      } else if (depth == 0 && ENDS_HAVING.contains(code.lower(i))) {
        break;
      } else if (readsName(code, i) && names.contains(code.lower(i))) {
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

  /** Whether the word at {@code i} reads a column by its bare name, not a call or a qualifier. */
  private static boolean readsName(ForeignTokens code, int i) {
    return code.kind(i) == SqlToken.Kind.WORD
        && !code.are(i - 1, ".")
        && !code.are(i + 1, ".")
        && !code.are(i + 1, "(");
  }
}
