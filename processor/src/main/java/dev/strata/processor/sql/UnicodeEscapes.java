package dev.strata.processor.sql;

import java.util.Optional;

/**
 * PostgreSQL's Unicode escapes: a string {@code U&'d\0061t'} or a name {@code U&"d\0061t"}, each
 * with an optional {@code UESCAPE '!'} that names another escape character. Where such a token
 * ends, the pieces the canonical form writes it as, and the text PostgreSQL decodes it to ({@code
 * dat}), by the rules of PostgreSQL 15's {@code str_udeescape}.
 */
final class UnicodeEscapes {

  private UnicodeEscapes() {}

  /**
   * The end of the escaped token whose quote is at {@code quote}, just after {@code U&}, with its
   * {@code UESCAPE '!'} when whitespace or comments that every database skips alone separate them
   * (PostgreSQL reads the escape clause across them); -1 when the quote is never closed.
   */
  static int end(String sql, int quote, SqlComments.Hash hash) {
    int body = SqlQuotes.quotedEnd(sql, quote, false);
    if (body < 0) {
      return -1;
    }
    int at = skipped(sql, body, hash);
    if (!sql.regionMatches(true, at, "uescape", 0, 7)) {
      return body;
    }
    at = skipped(sql, at + 7, hash);
    if (at < sql.length() && sql.charAt(at) == '\'') {
      int end = SqlQuotes.quotedEnd(sql, at, false);
      if (end > 0) {
        return end;
      }
    }
    return body;
  }

  /**
   * The pieces Strata read the token as before it was one, one space apart: {@code u & "d\0061t"}
   * and {@code uescape '!'}, without what separated them.
   */
  static String canonical(String text) {
    int bodyEnd = SqlQuotes.quotedEnd(text, 2, false);
    StringBuilder canonical = new StringBuilder("u & ").append(text, 2, bodyEnd);
    escapeClause(text, bodyEnd).ifPresent(escape -> canonical.append(" uescape ").append(escape));
    return canonical.toString();
  }

  /**
   * The text between the quotes as PostgreSQL decodes it, or empty when it refuses it: an escape
   * that is not {@code \XXXX}, {@code \+XXXXXX} or a doubled escape character, a code point out of
   * range or a lone surrogate, an escape character that cannot be one, or an empty name.
   */
  static Optional<String> decoded(String text) {
    char quote = text.charAt(2);
    int bodyEnd = SqlQuotes.quotedEnd(text, 2, false);
    String body =
        text.substring(3, bodyEnd - 1)
            .replace(String.valueOf(quote) + quote, String.valueOf(quote));
    Optional<String> clause = escapeClause(text, bodyEnd);
    char escape = '\\';
    if (clause.isPresent()) {
      String chosen = clause.get();
      if (chosen.length() != 3 || !isEscapeCharacter(chosen.charAt(1))) {
        return Optional.empty();
      }
      escape = chosen.charAt(1);
    }
    Optional<String> decoded = decoded(body, escape);
    return decoded.filter(name -> quote != '"' || !name.isEmpty());
  }

  private static Optional<String> decoded(String body, char escape) {
    StringBuilder out = new StringBuilder();
    char highSurrogate = 0;
    int at = 0;
    while (at < body.length()) {
      int codePoint;
      boolean escaped = false;
      if (body.charAt(at) != escape) {
        codePoint = body.charAt(at++);
      } else if (at + 1 < body.length() && body.charAt(at + 1) == escape) {
        codePoint = escape;
        at += 2;
      } else if (isHex(body, at + 1, 4)) {
        codePoint = Integer.parseInt(body.substring(at + 1, at + 5), 16);
        escaped = true;
        at += 5;
      } else if (at + 1 < body.length() && body.charAt(at + 1) == '+' && isHex(body, at + 2, 6)) {
        codePoint = Integer.parseInt(body.substring(at + 2, at + 8), 16);
        escaped = true;
        at += 8;
      } else {
        return Optional.empty();
      }
      boolean low = escaped && codePoint <= 0xFFFF && Character.isLowSurrogate((char) codePoint);
      if (highSurrogate != 0) {
        // an escaped first half needs an escaped second half right after it
        if (!low) {
          return Optional.empty();
        }
        out.appendCodePoint(Character.toCodePoint(highSurrogate, (char) codePoint));
        highSurrogate = 0;
      } else if (escaped && codePoint <= 0xFFFF && Character.isHighSurrogate((char) codePoint)) {
        highSurrogate = (char) codePoint;
      } else if (escaped && (low || codePoint == 0 || codePoint > Character.MAX_CODE_POINT)) {
        return Optional.empty();
      } else {
        out.appendCodePoint(codePoint);
      }
    }
    return highSurrogate != 0 ? Optional.empty() : Optional.of(out.toString());
  }

  /** The quoted escape character of the {@code UESCAPE} clause after the body, if there is one. */
  private static Optional<String> escapeClause(String text, int bodyEnd) {
    if (bodyEnd == text.length()) {
      return Optional.empty();
    }
    // the token ends with the clause's string: a character, quoted, of no quote itself
    int open = text.lastIndexOf('\'', text.length() - 2);
    while (open > bodyEnd && text.charAt(open - 1) == '\'') {
      open = text.lastIndexOf('\'', open - 2);
    }
    return Optional.of(text.substring(open));
  }

  /** PostgreSQL's check_uescapechar: no hex digit, plus sign, quote or whitespace. */
  private static boolean isEscapeCharacter(char c) {
    return !isHexDigit(c) && c != '+' && c != '\'' && c != '"' && !Character.isWhitespace(c);
  }

  private static boolean isHex(String text, int from, int count) {
    if (from + count > text.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (!isHexDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** An ASCII hex digit, as C's isxdigit. */
  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** The position after whitespace and comments that every database skips from {@code at}. */
  private static int skipped(String sql, int at, SqlComments.Hash hash) {
    while (at < sql.length()) {
      if (Character.isWhitespace(sql.charAt(at))) {
        at++;
        continue;
      }
      SqlComments.Comment comment = SqlComments.at(sql, at, hash);
      if (comment == null || comment.verbatim()) {
        return at;
      }
      at = comment.end();
    }
    return at;
  }
}
