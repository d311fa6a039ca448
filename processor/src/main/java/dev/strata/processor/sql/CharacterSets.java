package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MySQL's and MariaDB's character set clauses: {@code USING latin1} in {@code CONVERT(x USING
 * latin1)} and {@code CHAR(77 USING latin1)}, and after a string type, {@code CAST(x AS CHAR
 * CHARACTER SET utf8mb4)}, {@code CHAR(5) CHARSET latin1}, or its shorthands {@code ASCII}, {@code
 * UNICODE}, {@code BYTE} and {@code BINARY}. A character set's name reads no column and names no
 * view or table: MariaDB 10.11's stored view of such a query reads the converted column only.
 */
final class CharacterSets {

  /** The string types a character set clause may follow. */
  private static final Set<String> STRING_TYPES = Set.of("char", "varchar", "nchar");

  /** The type's shorthands for a character set, or for its binary collation. */
  private static final Set<String> SHORTHANDS = Set.of("ascii", "unicode", "byte", "binary");

  /** Stands for a character set named by a string, {@code USING 'latin1'}, for the parser. */
  private static final String NAME = "strata_charset";

  private CharacterSets() {}

  /**
   * The index of the last token of the character set clauses that start at {@code at}, -1 when none
   * does: {@code USING} and a name before a {@code )}, or, right after a string type ({@code CHAR},
   * {@code VARCHAR(5)}), the clauses and shorthands after it. The type itself is left out: to
   * PostgreSQL, {@code char ascii} is the column {@code char} and its alias.
   */
  static int clauseEnd(List<SqlToken> code, int at) {
    if (isUsingClause(code, at)) {
      return at + 1;
    }
    if (!followsStringType(code, at)) {
      return -1;
    }
    int last = -1;
    for (int next = attributeEnd(code, at); next > 0; next = attributeEnd(code, last + 1)) {
      last = next;
    }
    return last;
  }

  /**
   * The code as JSqlParser 5.3 reads it, where it reads only some of these clauses ({@code CHAR(5)
   * CHARACTER SET latin1} in a {@code CAST}, {@code USING latin1} in a {@code CONVERT}): without
   * the clauses after a type, with the collation after them ({@code CHAR CHARSET latin1 COLLATE
   * latin1_bin}), and without {@code CHAR(77 USING latin1)}'s; {@code CONVERT}'s is kept, a plain
   * name for a string. None of them reads a table, so the parser finds the query's tables in it.
   */
  static List<SqlToken> withoutClauses(List<SqlToken> code) {
    List<SqlToken> kept = new ArrayList<>(code.size());
    for (int i = 0; i < code.size(); i++) {
      int end = clauseEnd(code, i);
      if (end < 0) {
        kept.add(code.get(i));
        continue;
      }
      if (code.get(i).is("using") && isConversion(code, i)) {
        SqlToken name = code.get(end);
        kept.add(code.get(i));
        kept.add(
            name.kind() == SqlToken.Kind.STRING
                ? new SqlToken(SqlToken.Kind.WORD, NAME, name.spaced(), name.start())
                : name);
      } else if (!code.get(i).is("using")) {
        int collation = end + 1 < code.size() ? Collations.nameEnd(code, end + 1) : -1;
        end = Math.max(end, collation);
      }
      i = end;
    }
    return kept;
  }

  /** Whether the code holds a character set clause. */
  static boolean any(List<SqlToken> code) {
    for (int i = 0; i < code.size(); i++) {
      if (clauseEnd(code, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code USING latin1)}: a join's {@code USING (a)} is followed by a bracket. */
  private static boolean isUsingClause(List<SqlToken> code, int at) {
    return code.get(at).is("using")
        && at + 2 < code.size()
        && isCharacterSetName(code.get(at + 1))
        && code.get(at + 2).is(")")
        && (at == 0 || !code.get(at - 1).is("."));
  }

  /** Whether the {@code USING} at {@code at} is {@code CONVERT}'s, not {@code CHAR}'s. */
  private static boolean isConversion(List<SqlToken> code, int at) {
    int depth = 0;
    for (int i = at - 1; i > 0; i--) {
      if (code.get(i).is(")")) {
        depth++;
      } else if (code.get(i).is("(") && depth-- == 0) {
        return code.get(i - 1).is("convert");
      }
    }
    return false;
  }

  /** Whether the token before {@code at} ends a string type, {@code CHAR} or {@code CHAR(5)}. */
  private static boolean followsStringType(List<SqlToken> code, int at) {
    if (at >= 4 && code.get(at - 1).is(")")) {
      return code.get(at - 2).kind() == SqlToken.Kind.NUMBER
          && code.get(at - 3).is("(")
          && isStringType(code, at - 4);
    }
    return at >= 1 && isStringType(code, at - 1);
  }

  private static boolean isStringType(List<SqlToken> code, int at) {
    SqlToken token = code.get(at);
    return token.kind() == SqlToken.Kind.WORD
        && STRING_TYPES.contains(RelationScanner.unquoted(token))
        && (at == 0 || !code.get(at - 1).is("."));
  }

  /** The last token of the clause or shorthand at {@code at}, -1 when none starts there. */
  private static int attributeEnd(List<SqlToken> code, int at) {
    if (at >= code.size() || code.get(at).kind() != SqlToken.Kind.WORD) {
      return -1;
    }
    SqlToken token = code.get(at);
    if (SHORTHANDS.contains(RelationScanner.unquoted(token))) {
      return at;
    }
    if (token.is("charset") && at + 1 < code.size() && isCharacterSetName(code.get(at + 1))) {
      return at + 1;
    }
    boolean characterSet =
        token.is("character") && at + 2 < code.size() && code.get(at + 1).is("set");
    return characterSet && isCharacterSetName(code.get(at + 2)) ? at + 2 : -1;
  }

  /** {@code latin1}, {@code `latin1`} or {@code 'latin1'}, as MariaDB reads each. */
  private static boolean isCharacterSetName(SqlToken token) {
    return RelationScanner.isName(token)
        || (token.kind() == SqlToken.Kind.STRING && token.text().startsWith("'"));
  }
}
