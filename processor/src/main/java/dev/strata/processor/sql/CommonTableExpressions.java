package dev.strata.processor.sql;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the names a query gives its common table expressions ({@code WITH name [(columns)] AS
 * [[NOT] MATERIALIZED] (}), which read no relation of the schema.
 */
final class CommonTableExpressions {

  private CommonTableExpressions() {}

  static Set<String> names(List<SqlToken> code) {
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < code.size(); i++) {
      if (RelationScanner.isName(code.get(i)) && definesQuery(code, i + 1)) {
        names.add(RelationScanner.unquoted(code.get(i)));
      }
    }
    return names;
  }

  /** Whether the tokens from {@code at} are {@code [(columns)] AS [[NOT] MATERIALIZED] (}. */
  private static boolean definesQuery(List<SqlToken> code, int at) {
    int next = at;
    if (next < code.size() && code.get(next).is("(")) {
      next = closing(code, next) + 1;
    }
    if (next >= code.size() || !code.get(next).is("as")) {
      return false;
    }
    next++;
    if (next < code.size() && code.get(next).is("not")) {
      next++;
    }
    if (next < code.size() && code.get(next).is("materialized")) {
      next++;
    }
    return next < code.size() && code.get(next).is("(") && at > 0 && precededByList(code, at - 1);
  }

  /** A CTE name follows WITH, RECURSIVE or the comma after an earlier CTE's bracket. */
  private static boolean precededByList(List<SqlToken> code, int name) {
    if (name == 0) {
      return false;
    }
    SqlToken before = code.get(name - 1);
    return before.is("with") || before.is("recursive") || before.is(",");
  }

  /** The index of the bracket that closes the one at {@code open}, or the last token. */
  private static int closing(List<SqlToken> code, int open) {
    int depth = 0;
    for (int i = open; i < code.size(); i++) {
      if (code.get(i).is("(")) {
        depth++;
      } else if (code.get(i).is(")") && --depth == 0) {
        return i;
      }
    }
    return code.size() - 1;
  }
}
