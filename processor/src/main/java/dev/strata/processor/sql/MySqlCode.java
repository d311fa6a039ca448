package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens that MySQL and MariaDB read as code where a query's {@code #} starts a comment, for
 * the parser of a query one of them runs: JSqlParser knows no {@code #} comment. Such a comment
 * runs to a line feed there, where the tokenizer ends it at a lone carriage return as well, as
 * PostgreSQL ends its line comments; the tokens between the two are comment to MySQL.
 */
final class MySqlCode {

  private MySqlCode() {}

  /**
   * {@code tokens} of {@code sql} without its {@code #} comments; unchanged when a token starts in
   * such a comment and ends past it, which MySQL reads in a way no token here stands for.
   */
  static List<SqlToken> withoutHashComments(List<SqlToken> tokens, String sql) {
    List<SqlToken> code = new ArrayList<>(tokens.size());
    int commentEnd = -1;
    for (SqlToken token : tokens) {
      if (token.start() < commentEnd) {
        if (token.start() + token.text().length() > commentEnd) {
          return tokens;
        }
        continue;
      }
      if (token.isHashComment()) {
        int lineFeed = sql.indexOf('\n', token.start());
        commentEnd = lineFeed < 0 ? sql.length() : lineFeed;
        continue;
      }
      code.add(token);
    }
    return code;
  }
}
