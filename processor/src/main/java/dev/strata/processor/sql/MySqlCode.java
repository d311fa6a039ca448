package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tokens that MySQL and MariaDB read as code in a query written for them, for the parser and
 * the scanners, where the canonical form keeps what every database may read: {@code n--1} is {@code
 * n - -1}, a {@code #} always starts a comment, a backslash escapes a quote, and the content of
 * {@code /*! ...}{@code *} {@code /} is code, as the view they store shows ({@code
 * INFORMATION_SCHEMA.VIEWS} holds that content among the query's code and no trace of a comment).
 */
final class MySqlCode {

  private MySqlCode() {}

  /**
   * The readings of {@code sql} that have the shape of one query, as MySQL and MariaDB read it in
   * their default {@code sql_mode} first (a backslash escapes), then with {@code
   * NO_BACKSLASH_ESCAPES}, each written for the parser ({@link #forParser}). When neither sql_mode
   * closes every quote and comment, {@code checked} without its {@code #} comments, as Strata read
   * such a query before.
   *
   * @param mariadb whether the query is written for MariaDB alone, not for MySQL
   * @throws InvalidQueryException when the query holds an executable comment whose content some
   *     server versions run and others skip, or when no reading that closes every quote and comment
   *     has the shape of one query ({@code /*! ; *}{@code /}), with the first one's reason
   */
  static List<List<SqlToken>> readings(String sql, boolean mariadb, List<SqlToken> checked) {
    List<List<SqlToken>> readings = new ArrayList<>(2);
    InvalidQueryException notOneQuery = null;
    for (boolean backslashEscapes : new boolean[] {true, false}) {
      List<SqlToken> reading;
      try {
        reading = SqlTokenizer.tokenizeAsServer(sql, backslashEscapes, mariadb);
      } catch (InvalidQueryException e) {
        // a quote or comment the server never closes in that sql_mode: it refuses the query there
        continue;
      }
      try {
        QueryStructure.check(reading);
        readings.add(forParser(reading, backslashEscapes));
      } catch (InvalidQueryException e) {
        notOneQuery = notOneQuery == null ? e : notOneQuery;
      }
    }
    if (readings.isEmpty() && notOneQuery != null) {
      // code only the server reads, a ; in /*! ; */ or after n--, would reach its CREATE VIEW
      throw new InvalidQueryException(
          SqlMessages.serverReadsNoQuery(notOneQuery.getMessage()), notOneQuery.index().orElse(-1));
    }
    for (List<SqlToken> reading : readings) {
      refuseVersionedComments(reading, mariadb);
    }
    return readings.isEmpty() ? List.of(withoutHashComments(checked, sql)) : readings;
  }

  /**
   * Why MySQL or MariaDB, reading {@code sql} as that server does, reads no one query, where every
   * database's reading does: for a portable query that the server runs; empty when it reads one.
   */
  static Optional<String> notOneQuery(String sql, boolean mariadb) {
    try {
      readings(sql, mariadb, List.of());
      return Optional.empty();
    } catch (InvalidQueryException e) {
      // an executable comment only some servers run is the portable query's own to keep
      return e.getMessage().startsWith(SqlMessages.SERVER_READING)
          ? Optional.of(e.describedIn(sql))
          : Optional.empty();
    }
  }

  /**
   * A query whose columns and reads depend on the server's version defines no one view; {@link
   * MySqlComments} keeps such a comment verbatim.
   */
  private static void refuseVersionedComments(List<SqlToken> reading, boolean mariadb) {
    for (SqlToken token : reading) {
      String text = token.text();
      if (token.kind() == SqlToken.Kind.VERBATIM
          && (text.startsWith("/*!") || text.startsWith("/*M!"))) {
        int end = text.indexOf('!') + 1;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
          end++;
        }
        throw new InvalidQueryException(
            SqlMessages.versionedComment(text.substring(0, end), mariadb), token.start());
      }
    }
  }

  /**
   * The tokens as JSqlParser reads what the server reads: a {@code -} after a {@code -} spaced from
   * it, since {@code --} starts a comment there; with {@code backslashEscapes}, each {@code \'} in
   * a string written {@code ''} and each {@code \"} {@code ""}, the same strings to a reader
   * without backslash escapes.
   */
  private static List<SqlToken> forParser(List<SqlToken> tokens, boolean backslashEscapes) {
    List<SqlToken> written = new ArrayList<>(tokens.size());
    SqlToken previous = null;
    for (SqlToken token : tokens) {
      boolean quoted =
          token.kind() == SqlToken.Kind.STRING
              || (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER && token.text().startsWith("\""));
      String text =
          backslashEscapes && quoted && token.text().indexOf('\\') >= 0
              ? doubledQuotes(token.text())
              : token.text();
      boolean minusMinus = token.is("-") && previous != null && previous.is("-");
      written.add(new SqlToken(token.kind(), text, token.spaced() || minusMinus, token.start()));
      previous = token;
    }
    return written;
  }

  private static String doubledQuotes(String quoted) {
    // after a prefix, N'...', _utf8mb4'...' or _utf8mb4"...", which is written as it is
    int open = PrefixedStrings.openingQuote(quoted);
    char quote = quoted.charAt(open);
    StringBuilder text = new StringBuilder(quoted.length()).append(quoted, 0, open);
    for (int at = open; at < quoted.length(); at++) {
      char c = quoted.charAt(at);
      if (c == '\\' && at + 1 < quoted.length() - 1) {
        char escaped = quoted.charAt(++at);
        text.append(escaped == quote ? quote : c).append(escaped);
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

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
