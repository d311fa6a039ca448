package dev.strata.processor.sql;

import java.util.List;

/**
 * The name after {@code COLLATE}, {@code utf8mb4_bin} or PostgreSQL's {@code "C"} and {@code
 * pg_catalog."default"}: a collation, which reads no column and names no view or table.
 */
final class Collations {

  private Collations() {}

  /**
   * The index of the last token of the collation name that the {@code COLLATE} at {@code at} names,
   * its schema included; -1 when the token at {@code at} is no such {@code COLLATE}: a column named
   * {@code collate} after a dot ({@code t.collate}) is none.
   */
  static int nameEnd(List<SqlToken> code, int at) {
    SqlToken token = code.get(at);
    if (token.kind() != SqlToken.Kind.WORD || !token.is("collate")) {
      return -1;
    }
    if (at > 0 && code.get(at - 1).is(".")) {
      return -1;
    }
    if (at + 1 >= code.size() || !RelationScanner.isName(code.get(at + 1))) {
      return -1;
    }
    int last = at + 1;
    while (last + 2 < code.size()
        && code.get(last + 1).is(".")
        && RelationScanner.isName(code.get(last + 2))) {
      last += 2;
    }
    return last;
  }
}
