package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens, dropping whitespace and comments, and refusing text whose string,
 * quoted identifier or comment never ends.
 */
final class SqlTokenizer {

  private static final List<String> TWO_CHARACTER_SYMBOLS =
      List.of("<=", ">=", "<>", "!=", "||", "::", "->", "=>");

  private final String sql;
  private int position;

  private SqlTokenizer(String sql) {
    this.sql = sql;
  }

  /**
   * @throws InvalidQueryException when a literal, quoted identifier or comment is not closed
   */
  static List<SqlToken> tokenize(String sql) {
    return new SqlTokenizer(sql).tokens();
  }

  private List<SqlToken> tokens() {
    List<SqlToken> tokens = new ArrayList<>();
    while (skipWhitespaceAndComments()) {
      tokens.add(next());
    }
    return tokens;
  }

  /** Returns whether a token follows. */
  private boolean skipWhitespaceAndComments() {
    while (position < sql.length()) {
      char c = sql.charAt(position);
      if (Character.isWhitespace(c)) {
        position++;
      } else if (sql.startsWith("--", position)) {
        int end = sql.indexOf('\n', position);
        position = end < 0 ? sql.length() : end + 1;
      } else if (sql.startsWith("/*", position)) {
        int end = sql.indexOf("*/", position + 2);
        if (end < 0) {
          throw new InvalidQueryException("a /* comment is never closed");
        }
        position = end + 2;
      } else {
        return true;
      }
    }
    return false;
  }

  private SqlToken next() {
    char c = sql.charAt(position);
    if (c == '\'') {
      return quoted('\'', SqlToken.Kind.STRING, "a string literal is never closed");
    }
    if (c == '"' || c == '`') {
      return quoted(c, SqlToken.Kind.QUOTED_IDENTIFIER, "a quoted identifier is never closed");
    }
    if (Character.isLetter(c) || c == '_') {
      return run(SqlToken.Kind.WORD, ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '$');
    }
    if (Character.isDigit(c)) {
      return run(SqlToken.Kind.NUMBER, ch -> Character.isLetterOrDigit(ch) || ch == '.');
    }
    for (String symbol : TWO_CHARACTER_SYMBOLS) {
      if (sql.startsWith(symbol, position)) {
        position += 2;
        return new SqlToken(SqlToken.Kind.SYMBOL, symbol);
      }
    }
    position++;
    return new SqlToken(SqlToken.Kind.SYMBOL, String.valueOf(c));
  }

  /** A quoted token; a doubled quote inside it is part of it, as SQL escapes quotes. */
  private SqlToken quoted(char quote, SqlToken.Kind kind, String unterminated) {
    int start = position;
    position++;
    while (true) {
      int end = sql.indexOf(quote, position);
      if (end < 0) {
        throw new InvalidQueryException(unterminated);
      }
      position = end + 1;
      if (position < sql.length() && sql.charAt(position) == quote) {
        position++;
      } else {
        return new SqlToken(kind, sql.substring(start, position));
      }
    }
  }

  private SqlToken run(SqlToken.Kind kind, java.util.function.IntPredicate part) {
    int start = position;
    while (position < sql.length() && part.test(sql.charAt(position))) {
      position++;
    }
    return new SqlToken(kind, sql.substring(start, position));
  }
}
