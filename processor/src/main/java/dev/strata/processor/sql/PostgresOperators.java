package dev.strata.processor.sql;

import java.util.List;
import java.util.Set;

/**
 * Operators as PostgreSQL's lexer reads them where the tokens split them: it reads a run of
 * operator characters as one operator, and drops a trailing {@code +} or {@code -} from it only
 * when no character of the run before them is one of {@code ~ ! @ # ^ & | ` ? %}. So {@code 2^-1}
 * is the operator {@code ^-}, which PostgreSQL refuses, where {@code 2 ^ -1} is 0.5, and {@code
 * 1!=-1} is {@code !=-}; the canonical form writes such a run as one operator, so that inserting or
 * removing the space is a change. Other runs keep their tokens' canonical form, and their recorded
 * hashes.
 */
final class PostgresOperators {

  private static final String OPERATOR_CHARACTERS = "~!@#^&|`?+-*/%<>=";

  /** What keeps a trailing {@code +} or {@code -} in the operator. */
  private static final String KEEPS_SIGN = "~!@#^&|`?%";

  /** Binary operators that no PostgreSQL operator continues with {@code ~} or {@code @}. */
  private static final Set<String> BINARY_OPERATORS =
      Set.of(
          "=", "<", ">", "<=", ">=", "<>", "!=", "+", "-", "*", "/", "%", "&", "|", "||", "<<",
          ">>");

  private PostgresOperators() {}

  /**
   * Whether each token is the continuation of an operator that PostgreSQL reads as one, begun by
   * the token before it with no space between: true at {@code i} means written against {@code i -
   * 1} in the canonical form.
   */
  static boolean[] continued(List<SqlToken> tokens) {
    boolean[] continued = new boolean[tokens.size()];
    int start = 0;
    while (start < tokens.size()) {
      int end = start + 1;
      if (isOperator(tokens.get(start))) {
        while (end < tokens.size() && isOperator(tokens.get(end)) && !tokens.get(end).spaced()) {
          end++;
        }
        List<SqlToken> run = tokens.subList(start, end);
        if (end - start > 1 && (keptWhole(run) || endsInPrefixOperator(run))) {
          for (int i = start + 1; i < end; i++) {
            continued[i] = true;
          }
        }
      }
      start = end;
    }
    return continued;
  }

  /** Whether the run ends in a sign that PostgreSQL keeps in the operator it ends. */
  private static boolean keptWhole(List<SqlToken> run) {
    StringBuilder text = new StringBuilder();
    run.forEach(token -> text.append(token.text()));
    char last = text.charAt(text.length() - 1);
    if (last != '+' && last != '-') {
      return false;
    }
    for (int i = 0; i < text.length() - 1; i++) {
      if (KEEPS_SIGN.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the run is a binary operator written against {@code ~} or {@code @}, which PostgreSQL
   * reads as one operator that it has not, {@code =~} or {@code &~}, where the same spaced is the
   * operator and a bitwise not or an absolute value. No operator of PostgreSQL or of its common
   * extensions is spelt so ({@code <@} is one token here), so no query using one changes its form.
   */
  private static boolean endsInPrefixOperator(List<SqlToken> run) {
    String last = run.get(run.size() - 1).text();
    return run.size() == 2
        && (last.equals("~") || last.equals("@"))
        && BINARY_OPERATORS.contains(run.get(0).text());
  }

  private static boolean isOperator(SqlToken token) {
    if (token.kind() != SqlToken.Kind.SYMBOL) {
      return false;
    }
    for (int i = 0; i < token.text().length(); i++) {
      if (OPERATOR_CHARACTERS.indexOf(token.text().charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
