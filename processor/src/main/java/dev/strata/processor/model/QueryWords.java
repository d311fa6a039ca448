package dev.strata.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a query that could name a view, for a query the parser could not read: its unquoted
 * and quoted identifiers, never the text of a string or a comment. The databases Strata targets
 * read quotes and comments differently (a backslash escapes a quote in MySQL, not in PostgreSQL;
 * {@code #} starts a comment in MySQL only; {@code $q$...$q$} is a string in PostgreSQL only), and
 * what one reads as a string another reads as code, so the words are those of every database's
 * reading: a word that is code to any of them counts. An extra word costs at most a dependency that
 * is not there; a missed one, a view created before the view it reads.
 */
final class QueryWords {

  /** How one database, in one of its modes, reads quotes and comments. */
  private record Reading(
      boolean backslashInStrings,
      boolean backslashInDoubleQuotes,
      boolean escapeStrings,
      boolean dollarQuotes,
      boolean backquotes,
      boolean hashComments,
      boolean slashSlashComments,
      boolean dashDashNeedsSpace,
      boolean nestedComments,
      boolean executableComments) {}

  private static final List<Reading> READINGS =
      List.of(
          // PostgreSQL: E'\'' escapes, $tag$ strings, nested /* */
          new Reading(false, false, true, true, false, false, false, false, true, false),
          // H2, in any compatibility mode: $$ strings, // comments, `names`
          new Reading(false, false, false, true, true, false, true, false, true, false),
          // MySQL and MariaDB as installed, and with ANSI_QUOTES, and with NO_BACKSLASH_ESCAPES
          new Reading(true, true, false, false, true, true, false, true, false, true),
          new Reading(true, false, false, false, true, true, false, true, false, true),
          new Reading(false, false, false, false, true, true, false, true, false, true));

  private final String sql;
  private final Reading reading;
  private final Set<String> words;
  private int position;
  // the name just before a dot, which qualifies the name after it
  private String qualifier;
  private String previousName;

  private QueryWords(String sql, Reading reading, Set<String> words) {
    this.sql = sql;
    this.reading = reading;
    this.words = words;
  }

  /**
   * Every word that is code to some database, each qualified name also whole ({@code a.b}), in the
   * order first found.
   */
  static List<String> of(String sql) {
    Set<String> words = new LinkedHashSet<>();
    for (Reading reading : READINGS) {
      new QueryWords(sql, reading, words).scan();
    }
    return new ArrayList<>(words);
  }

  private void scan() {
    while (position < sql.length()) {
      char c = sql.charAt(position);
      if (Character.isWhitespace(c)) {
        position++;
      } else if (!skippedComment()) {
        token(c);
      }
    }
  }

  private void token(char c) {
    int start = position;
    if (c == '\'') {
      position = quoteEnd(start, reading.backslashInStrings());
      name(null);
    } else if (c == '"') {
      position = quoteEnd(start, reading.backslashInDoubleQuotes());
      name(unquoted(start));
    } else if (c == '`' && reading.backquotes()) {
      position = quoteEnd(start, false);
      name(unquoted(start));
    } else if (c == '$' && reading.dollarQuotes() && dollarTagEnd(start) > 0) {
      String tag = sql.substring(start, dollarTagEnd(start));
      int close = sql.indexOf(tag, start + tag.length());
      position = close < 0 ? sql.length() : close + tag.length();
      name(null);
    } else if (Character.isLetterOrDigit(c) || c == '_') {
      while (position < sql.length() && isWordPart(sql.charAt(position))) {
        position++;
      }
      String word = sql.substring(start, position);
      if (reading.escapeStrings() && word.equalsIgnoreCase("e") && at('\'', position)) {
        position = quoteEnd(position, true);
        name(null);
      } else {
        name(Character.isDigit(c) ? null : word);
      }
    } else {
      position++;
      qualifier = c == '.' ? previousName : null;
      previousName = null;
    }
  }

  /** Records a name token, or with null a token that names nothing. */
  private void name(String name) {
    if (name != null && !name.isEmpty()) {
      words.add(name);
      if (qualifier != null) {
        words.add(qualifier + "." + name);
      }
    }
    previousName = name;
    qualifier = null;
  }

  /** Skips a comment at the position, or MySQL's opening of an executable one, whose text runs. */
  private boolean skippedComment() {
    if (sql.startsWith("--", position)
        && (!reading.dashDashNeedsSpace()
            || position + 2 >= sql.length()
            || Character.isWhitespace(sql.charAt(position + 2))
            || Character.isISOControl(sql.charAt(position + 2)))) {
      return skippedLine();
    }
    if ((reading.hashComments() && at('#', position))
        || (reading.slashSlashComments() && sql.startsWith("//", position))) {
      return skippedLine();
    }
    if (!sql.startsWith("/*", position)) {
      return false;
    }
    if (reading.executableComments()
        && (sql.startsWith("/*!", position) || sql.startsWith("/*M!", position))) {
      position = sql.indexOf('!', position) + 1;
      while (position < sql.length() && Character.isDigit(sql.charAt(position))) {
        position++;
      }
      return true;
    }
    int depth = 0;
    do {
      if (sql.startsWith("/*", position)) {
        depth++;
        position += 2;
      } else if (sql.startsWith("*/", position)) {
        depth = reading.nestedComments() ? depth - 1 : 0;
        position += 2;
      } else {
        position++;
      }
    } while (depth > 0 && position < sql.length());
    return true;
  }

  private boolean skippedLine() {
    while (position < sql.length()
        && sql.charAt(position) != '\n'
        && sql.charAt(position) != '\r') {
      position++;
    }
    return true;
  }

  /** Where the quote opened at {@code start} ends, past its closing quote; doubled ones stay in. */
  private int quoteEnd(int start, boolean backslashEscapes) {
    char quote = sql.charAt(start);
    int at = start + 1;
    while (at < sql.length()) {
      char c = sql.charAt(at);
      if (backslashEscapes && c == '\\') {
        at += 2;
      } else if (c == quote && at(quote, at + 1)) {
        at += 2;
      } else if (c == quote) {
        return at + 1;
      } else {
        at++;
      }
    }
    // not closed: no database runs it, and every reading that closes it has its words
    return sql.length();
  }

  /** The text of the quoted identifier from {@code start} to the position, its quotes undoubled. */
  private String unquoted(int start) {
    String quote = String.valueOf(sql.charAt(start));
    int end = at(sql.charAt(start), position - 1) && position - 1 > start ? position - 1 : position;
    return sql.substring(start + 1, end).replace(quote + quote, quote);
  }

  /** The end of a dollar quote's opening tag ({@code $$}, {@code $q$}) at start, or -1. */
  private int dollarTagEnd(int start) {
    int at = start + 1;
    if (at < sql.length() && Character.isDigit(sql.charAt(at))) {
      return -1; // $1 is a parameter
    }
    while (at < sql.length()
        && (Character.isLetterOrDigit(sql.charAt(at)) || sql.charAt(at) == '_')) {
      at++;
    }
    return at('$', at) ? at + 1 : -1;
  }

  private boolean at(char c, int at) {
    return at < sql.length() && sql.charAt(at) == c;
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
