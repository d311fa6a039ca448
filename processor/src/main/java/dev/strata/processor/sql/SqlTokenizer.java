package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into tokens, dropping whitespace and comments, and refusing text whose string,
 * quoted identifier or comment never ends. It reads quotes and comments as PostgreSQL and MySQL do,
 * and keeps verbatim the comments they read differently; a backslash in {@code '...'}, which they
 * also read differently, is read one way per tokenizer. It never recurses, so no input is too long.
 */
final class SqlTokenizer {

  /** Longest first: {@code ->>} before {@code ->}. */
  private static final List<String> SYMBOLS =
      List.of(
          "->>", "#>>", "<=>", "!~*", "~~*", "!~~", "<=", ">=", "<>", "!=", "||", "::", "->", "=>",
          "@>", "<@", "#>", "#-", "&&", "<<", ">>", "?|", "?&", "~*", "!~", "~~", ":=");

  private final String sql;
  private final boolean backslashEscapes;
  // false as MySQL reads: $ is a letter, and E'...', q'[...]' and U&'...' a name and a string
  private final boolean prefixedQuotes;
  // PostgreSQL reads # as its XOR operator, MySQL as a comment
  private final SqlComments.Hash hash;
  // set when one server, MySQL or MariaDB, reads the query: its comments, not every database's
  private final MySqlComments serverComments;
  // true as MySQL and MariaDB read a query written for them, in their default sql_mode: "..." is
  // a string there, as '...' is ("" the empty one), where the standard reads a quoted name
  private final boolean doubleQuotedStrings;
  private int position;
  private boolean inExecutableComment;
  // where the last word ended, and where a name read after it and a dot starts (MySQL's t.1col)
  private int wordEnd = -1;
  private int qualifiedNameStart = -1;

  private SqlTokenizer(
      String sql,
      boolean backslashEscapes,
      boolean prefixedQuotes,
      SqlComments.Hash hash,
      MySqlComments serverComments,
      boolean doubleQuotedStrings) {
    this.sql = sql;
    this.backslashEscapes = backslashEscapes;
    this.prefixedQuotes = prefixedQuotes;
    this.hash = hash;
    this.serverComments = serverComments;
    this.doubleQuotedStrings = doubleQuotedStrings;
  }

  /**
   * The tokens of {@code sql}, reading a backslash in {@code '...'} as an escape when {@code
   * backslashEscapes} (MySQL), else as a plain character (PostgreSQL); {@link QueryReadings} says
   * which reading counts.
   *
   * @throws InvalidQueryException when a literal, quoted identifier or comment is not closed
   */
  static List<SqlToken> tokenize(String sql, boolean backslashEscapes) {
    return new SqlTokenizer(
            sql, backslashEscapes, true, SqlComments.Hash.COMMENT_BUT_JSON_OPERATORS, null, false)
        .tokens();
  }

  /**
   * As {@link #tokenize}, for a query written for MySQL or MariaDB alone: {@code "..."} is a
   * string, as they read it in their default {@code sql_mode}, not a quoted name.
   *
   * @throws InvalidQueryException when a literal, quoted identifier or comment is not closed
   */
  static List<SqlToken> tokenizeWrittenForMySql(String sql, boolean backslashEscapes) {
    return new SqlTokenizer(
            sql, backslashEscapes, true, SqlComments.Hash.COMMENT_BUT_JSON_OPERATORS, null, true)
        .tokens();
  }

  /**
   * The tokens of {@code sql} as PostgreSQL alone reads it: a backslash in {@code '...'} is a plain
   * character and {@code #} is its XOR operator, where the other readings keep a {@code #} and the
   * rest of its line verbatim, as the comment MySQL reads. {@link QueryReadings} turns to it only
   * when no such reading has the shape of one query.
   *
   * @throws InvalidQueryException when a literal, quoted identifier or comment is not closed
   */
  static List<SqlToken> tokenizeAsPostgres(String sql) {
    return new SqlTokenizer(sql, false, true, SqlComments.Hash.OPERATOR, null, false).tokens();
  }

  /**
   * The tokens of {@code sql} as MySQL and MariaDB read its quotes and its {@code #}, a comment
   * even before {@code >} or {@code -} (PostgreSQL's JSON operators): {@code $} is a letter of a
   * name ({@code $$} is a name, not a dollar quote), {@code E'...'} and {@code q'[...]'} are a name
   * and a string, and a name may start with a digit ({@code 0X1F}, {@link MySqlDigitNames}; after a
   * name and a dot, {@code t.1col}, whatever follows). The canonical form needs no such reading,
   * since it keeps every string exactly; {@link QueryWords} does, to miss no name that is code to
   * MySQL.
   *
   * @throws InvalidQueryException when a literal, quoted identifier or comment is not closed
   */
  static List<SqlToken> tokenizeAsMySql(String sql, boolean backslashEscapes) {
    return new SqlTokenizer(sql, backslashEscapes, false, SqlComments.Hash.COMMENT, null, false)
        .tokens();
  }

  /**
   * The tokens of {@code sql} as one MySQL or MariaDB server reads it, a query written for it: its
   * quotes as {@link #tokenizeAsMySql} reads them, {@code "..."} a string, and its comments as
   * {@link MySqlComments} reads them, the code of an executable comment that every server version
   * runs among the tokens. Not for the canonical form, which reads what every database may read.
   *
   * @param mariadb whether the query is written for MariaDB alone
   * @throws InvalidQueryException when a literal, quoted identifier or comment is not closed, or an
   *     executable comment opens inside another
   */
  static List<SqlToken> tokenizeAsServer(String sql, boolean backslashEscapes, boolean mariadb) {
    return new SqlTokenizer(
            sql,
            backslashEscapes,
            false,
            SqlComments.Hash.COMMENT,
            new MySqlComments(mariadb),
            true)
        .tokens();
  }

  private List<SqlToken> tokens() {
    List<SqlToken> tokens = new ArrayList<>();
    boolean spaced = false;
    while (position < sql.length()) {
      char c = sql.charAt(position);
      if (c > 127 && isInvisible(c)) {
        // H2 skips some of them as it skips spaces, so the check at compile time would pass
        throw new InvalidQueryException(SqlMessages.invisibleCharacter(c, position));
      }
      if (Character.isWhitespace(c)) {
        position++;
        spaced = true;
        continue;
      }
      if (serverComments != null) {
        int end = serverComment(tokens);
        if (end > position) {
          position = end;
          spaced = true;
          continue;
        }
      }
      SqlComments.Comment comment =
          serverComments == null ? SqlComments.at(sql, position, hash) : null;
      if (comment != null) {
        if (comment.verbatim()) {
          String text = sql.substring(position, comment.end());
          tokens.add(new SqlToken(SqlToken.Kind.VERBATIM, text, true, position));
        }
        position = comment.end();
        spaced = true;
        continue;
      }
      int start = position;
      SqlToken.Kind kind = next();
      tokens.add(new SqlToken(kind, sql.substring(start, position), spaced, start));
      spaced = false;
      wordEnd = kind == SqlToken.Kind.WORD ? position : -1;
    }
    if (inExecutableComment) {
      throw new InvalidQueryException(SqlMessages.COMMENT_NOT_CLOSED);
    }
    return tokens;
  }

  /**
   * The end of the server's comment at the position, the end of an executable comment's opening or
   * closing, or the position itself when none is there; a verbatim one is added to the tokens.
   */
  private int serverComment(List<SqlToken> tokens) {
    if (inExecutableComment && sql.startsWith("*/", position)) {
      inExecutableComment = false;
      return position + 2;
    }
    MySqlComments.Skip skip = serverComments.at(sql, position);
    if (skip == null) {
      return position;
    }
    if (skip.kind() == MySqlComments.Kind.CODE) {
      if (inExecutableComment) {
        throw new InvalidQueryException(SqlMessages.COMMENT_NOT_CLOSED, position);
      }
      inExecutableComment = true;
    } else if (skip.kind() == MySqlComments.Kind.VERBATIM) {
      String text = sql.substring(position, skip.end());
      tokens.add(new SqlToken(SqlToken.Kind.VERBATIM, text, true, position));
    }
    return skip.end();
  }

  /** Reads the token at the position and says what it is. */
  private SqlToken.Kind next() {
    int start = position;
    char c = sql.charAt(start);
    if (c == '\'' || (c == '"' && doubleQuotedStrings)) {
      return closed(SqlQuotes.quotedEnd(sql, start, backslashEscapes), SqlToken.Kind.STRING);
    }
    if (c == '"' || c == '`') {
      int end = SqlQuotes.quotedEnd(sql, start, backslashEscapes);
      // "" names nothing: every database refuses a zero-length identifier
      if (end == start + 2) {
        throw new InvalidQueryException(SqlMessages.EMPTY_IDENTIFIER, start);
      }
      return closed(end, SqlToken.Kind.QUOTED_IDENTIFIER);
    }
    if (c == '$' && prefixedQuotes && SqlQuotes.dollarTagEnd(sql, start) > 0) {
      int tagEnd = SqlQuotes.dollarTagEnd(sql, start);
      return closed(SqlQuotes.dollarQuoteEnd(sql, start, tagEnd), SqlToken.Kind.STRING);
    }
    if (Character.isLetter(c) || c == '_' || (c == '$' && !prefixedQuotes)) {
      return word();
    }
    if (!prefixedQuotes && c == '.' && start == wordEnd && isDigitAt(start + 1)) {
      // a name and a dot: MySQL reads what follows as a name, t.1col or t.12, never a number .1
      position++;
      qualifiedNameStart = position;
      return SqlToken.Kind.SYMBOL;
    }
    if (start == qualifiedNameStart) {
      while (position < sql.length() && MySqlDigitNames.isNamePart(sql.charAt(position))) {
        position++;
      }
      return SqlToken.Kind.WORD;
    }
    if (!prefixedQuotes && c >= '0' && c <= '9' && MySqlDigitNames.startsName(sql, start)) {
      while (position < sql.length() && MySqlDigitNames.isNamePart(sql.charAt(position))) {
        position++;
      }
      return SqlToken.Kind.WORD;
    }
    if (Character.isDigit(c) || (c == '.' && isDigitAt(start + 1))) {
      number();
      return SqlToken.Kind.NUMBER;
    }
    for (String symbol : SYMBOLS) {
      if (sql.startsWith(symbol, start)) {
        position += symbol.length();
        return SqlToken.Kind.SYMBOL;
      }
    }
    position++;
    return SqlToken.Kind.SYMBOL;
  }

  /**
   * A word, or a string with a prefix: a hex or bit string, {@code x'1F'} or {@code b'101'}, a
   * national string {@code N'abc'}, or a string after a character set, {@code _utf8mb4'abc'} (MySQL
   * reads a space between them too), which every database reads as one literal; or one whose prefix
   * changes how it is quoted, {@code E'...'}, {@code q'[...]'} and PostgreSQL's {@code U&'...'}
   * (with its {@code UESCAPE '!'}), which MySQL reads as a name and a string; or PostgreSQL's name
   * {@code U&"d\0061t"}, one quoted identifier when PostgreSQL decodes it ({@link UnicodeEscapes}).
   */
  private SqlToken.Kind word() {
    int start = position;
    while (position < sql.length() && isWordPart(sql.charAt(position))) {
      position++;
    }
    String prefix = sql.substring(start, position).toLowerCase(Locale.ROOT);
    if (prefixedQuotes && prefix.equals("u") && sql.startsWith("&'", position)) {
      return closed(UnicodeEscapes.end(sql, position + 1, hash), SqlToken.Kind.STRING);
    }
    if (prefixedQuotes && prefix.equals("u") && sql.startsWith("&\"", position)) {
      int end = UnicodeEscapes.end(sql, position + 1, hash);
      if (end > 0 && UnicodeEscapes.decoded(sql.substring(start, end)).isPresent()) {
        position = end;
        return SqlToken.Kind.QUOTED_IDENTIFIER;
      }
      // one PostgreSQL refuses: read as before, u beside a quoted name
      return SqlToken.Kind.WORD;
    }
    if (PrefixedStrings.isIntroducer(prefix)) {
      int quote = position;
      while (quote < sql.length() && Character.isWhitespace(sql.charAt(quote))) {
        quote++;
      }
      // and "z" to MySQL, which reads it as a string, or refuses it under ANSI_QUOTES
      boolean string =
          quote < sql.length()
              && (sql.charAt(quote) == '\'' || (!prefixedQuotes && sql.charAt(quote) == '"'));
      if (string) {
        return closed(SqlQuotes.quotedEnd(sql, quote, backslashEscapes), SqlToken.Kind.STRING);
      }
    }
    if (position >= sql.length() || sql.charAt(position) != '\'') {
      return SqlToken.Kind.WORD;
    }
    if (prefix.equals("x") || prefix.equals("b")) {
      // hex digits or bits only: no database reads a backslash in one as an escape
      return closed(SqlQuotes.quotedEnd(sql, position, false), SqlToken.Kind.STRING);
    }
    if (prefix.equals("n")) {
      return closed(SqlQuotes.quotedEnd(sql, position, backslashEscapes), SqlToken.Kind.STRING);
    }
    if (!prefixedQuotes) {
      return SqlToken.Kind.WORD;
    }
    return switch (prefix) {
      case "e" -> closed(SqlQuotes.quotedEnd(sql, position, true), SqlToken.Kind.STRING);
      case "q", "nq" -> closed(SqlQuotes.alternativeQuoteEnd(sql, position), SqlToken.Kind.STRING);
      default -> SqlToken.Kind.WORD;
    };
  }

  /** Digits, a decimal point, an exponent with its sign: {@code 1.5e-3} is one number. */
  private void number() {
    while (position < sql.length()) {
      char c = sql.charAt(position);
      boolean exponentSign =
          (c == '-' || c == '+')
              && "eE".indexOf(sql.charAt(position - 1)) >= 0
              && isDigitAt(position + 1);
      if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) {
        position++;
      } else {
        return;
      }
    }
  }

  private SqlToken.Kind closed(int end, SqlToken.Kind kind) {
    if (end < 0) {
      throw new InvalidQueryException(
          kind == SqlToken.Kind.QUOTED_IDENTIFIER
              ? SqlMessages.IDENTIFIER_NOT_CLOSED
              : SqlMessages.STRING_NOT_CLOSED,
          position);
    }
    position = end;
    return kind;
  }

  private boolean isDigitAt(int at) {
    return at < sql.length() && Character.isDigit(sql.charAt(at));
  }

  /** A space or zero-width character other than ASCII's, which the databases do not agree on. */
  private static boolean isInvisible(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
