package dev.strata.processor.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A column's qualifier spelt in another case than the alias or table it names ({@code FROM scores s
 * ... ORDER BY S.total}): H2 and PostgreSQL fold unquoted names, so the query compiles, where MySQL
 * and MariaDB compare table aliases and names case-sensitively on Linux, their default ({@code
 * lower_case_table_names=0}), and refuse the view with "Unknown column 'S.total'".
 */
final class QualifierCase {

  /** Words after which a name is a relation or its alias, as the query defines them. */
  private static final Set<String> BEFORE_A_DEFINED_NAME = Set.of("from", "join", "as");

  private QualifierCase() {}

  /** The first qualifier of {@code code} that names a relation or alias only in another case. */
  static Optional<String> first(List<SqlToken> code) {
    for (int i = 0; i + 2 < code.size(); i++) {
      if (!qualifiesAColumn(code, i)) {
        continue;
      }
      String qualifier = code.get(i).text();
      // the name as written anywhere but before a dot: a definition in this case exists
      if (writtenExactly(code, qualifier)) {
        continue;
      }
      Optional<String> defined = definedOtherwise(code, qualifier);
      if (defined.isPresent()) {
        return Optional.of(
            "the qualifier "
                + qualifier
                + " of "
                + qualifier
                + "."
                + code.get(i + 2).text()
                + ", where the query names "
                + defined.get()
                + ": MySQL and MariaDB compare aliases and table names case-sensitively on"
                + " Linux (lower_case_table_names=0) and refuse it; write "
                + defined.get()
                + "."
                + code.get(i + 2).text());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the unquoted word at {@code at} qualifies a column, {@code s.total} or {@code s.*}: not
   * a schema before a relation ({@code FROM sales.orders}, {@code db.t.c}) or a function.
   */
  private static boolean qualifiesAColumn(List<SqlToken> code, int at) {
    SqlToken name = code.get(at);
    SqlToken after = code.get(at + 2);
    boolean member =
        after.kind() == SqlToken.Kind.WORD
            || after.kind() == SqlToken.Kind.QUOTED_IDENTIFIER
            || after.is("*");
    return name.kind() == SqlToken.Kind.WORD
        && code.get(at + 1).is(".")
        && member
        && !(at > 0 && code.get(at - 1).is("."))
        && !(at > 0
            && BEFORE_A_DEFINED_NAME.contains(code.get(at - 1).text().toLowerCase(Locale.ROOT)))
        && !(at + 3 < code.size() && (code.get(at + 3).is(".") || code.get(at + 3).is("(")));
  }

  /** Whether {@code name} is written in its case anywhere but before a dot, or in backquotes. */
  private static boolean writtenExactly(List<SqlToken> code, String name) {
    for (int i = 0; i < code.size(); i++) {
      boolean beforeDot = i + 1 < code.size() && code.get(i + 1).is(".");
      SqlToken token = code.get(i);
      boolean word = token.kind() == SqlToken.Kind.WORD && token.text().equals(name);
      // an alias in backquotes, FROM t AS `T`, is the name in that case
      boolean quoted =
          token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER
              && token.text().startsWith("`")
              && RelationScanner.unquotedText(token).equals(name);
      if (!beforeDot && (word || quoted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The spelling of {@code name} in another case where the query defines a relation or an alias:
   * after FROM, JOIN or AS, or right after a relation that FROM or JOIN names.
   */
  private static Optional<String> definedOtherwise(List<SqlToken> code, String name) {
    for (int i = 1; i < code.size(); i++) {
      SqlToken token = code.get(i);
      boolean beforeDot = i + 1 < code.size() && code.get(i + 1).is(".");
      boolean defines =
          definesAfter(code.get(i - 1))
              || (i > 1
                  && code.get(i - 1).kind() == SqlToken.Kind.WORD
                  && definesAfter(code.get(i - 2)));
      if (token.kind() == SqlToken.Kind.WORD
          && !beforeDot
          && defines
          && token.text().equalsIgnoreCase(name)) {
        return Optional.of(token.text());
      }
    }
    return Optional.empty();
  }

  private static boolean definesAfter(SqlToken token) {
    return token.kind() == SqlToken.Kind.WORD
        && BEFORE_A_DEFINED_NAME.contains(token.text().toLowerCase(Locale.ROOT));
  }
}
