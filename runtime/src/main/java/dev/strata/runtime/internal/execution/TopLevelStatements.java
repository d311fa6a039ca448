package dev.strata.runtime.internal.execution;

import dev.strata.runtime.DatabaseKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a SQL text at the semicolons that end its top-level statements, never at one inside a
 * quoted string or name, a comment, a PostgreSQL {@code $tag$} body or a compound block ({@code
 * BEGIN ... END}, {@code IF ... END IF}, a routine's body), so that each statement a driver sends
 * on can be read. Each statement is given with its comments taken out: MySQL's executable {@code
 * /*! ... *}{@code /} comments keep their content, which MySQL runs.
 */
final class TopLevelStatements {

  // the compound statements MySQL and MariaDB run outside a routine too, each closed by END <word>
  private static final Set<String> NAMED_ENDS = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");

  // after these a statement starts, inside a block: THEN INSERT ..., label: LOOP
  private static final Set<String> STATEMENT_STARTS =
      Set.of(";", ":", "THEN", "ELSE", "DO", "BEGIN", "LOOP", "REPEAT", "ATOMIC");

  private static final Set<String> ROUTINES = Set.of("PROCEDURE", "FUNCTION", "TRIGGER", "EVENT");

  // what follows a BEGIN that starts a transaction rather than a block
  private static final Set<String> TRANSACTION_WORDS =
      Set.of("WORK", "TRANSACTION", "ISOLATION", "READ", "DEFERRABLE");

  private final String sql;
  private final DatabaseKind kind;
  private final Backslashes backslashes;
  private final List<String> statements = new ArrayList<>();
  private final List<String> inner = new ArrayList<>();
  private int innerStart = -1;
  private final Deque<String> blocks = new ArrayDeque<>();
  private final StringBuilder code = new StringBuilder();
  private String firstWord;
  private boolean routine;
  private boolean sawParenthesis;
  private String previous = ";";
  private boolean pendingEnd;
  private int executableComments;
  private int at;

  // whether the statements keep no text of quoted strings and names, nor $tag$ bodies
  private final boolean quotesEmptied;

  private TopLevelStatements(
      String sql, DatabaseKind kind, Backslashes backslashes, boolean quotesEmptied) {
    this.sql = sql;
    this.kind = kind;
    this.backslashes = backslashes;
    this.quotesEmptied = quotesEmptied;
  }

  /**
   * The top-level statements of {@code sql}, as {@code kind} reads it where a backslash in quotes
   * does what {@code backslashes} says, without comments.
   */
  static List<String> of(String sql, DatabaseKind kind, Backslashes backslashes) {
    TopLevelStatements scanner = new TopLevelStatements(sql, kind, backslashes, false);
    scanner.scan();
    return List.copyOf(scanner.statements);
  }

  /**
   * {@code statement}, a statement of {@link #of}, read as {@link #of} reads it, with the text of
   * every quoted string and name emptied ({@code ''}, {@code ""}) and every {@code $tag$} body left
   * out: the words the server runs, which no literal can fake or hide.
   */
  static String code(String statement, DatabaseKind kind, Backslashes backslashes) {
    TopLevelStatements scanner = new TopLevelStatements(statement, kind, backslashes, true);
    scanner.scan();
    return String.join("; ", scanner.statements);
  }

  /**
   * The statements inside the compound blocks of {@code sql} that run as it runs ({@code BEGIN NOT
   * ATOMIC ... END}, {@code IF ... END IF}), each up to its semicolon, read as {@link #of} reads;
   * none of a routine's body, which runs when the routine is called.
   */
  static List<String> inBlocks(String sql, DatabaseKind kind, Backslashes backslashes) {
    TopLevelStatements scanner = new TopLevelStatements(sql, kind, backslashes, false);
    scanner.scan();
    return List.copyOf(scanner.inner);
  }

  private void scan() {
    while (at < sql.length()) {
      char c = sql.charAt(at);
      int comment = commentEnd(at);
      if (comment > at) {
        code.append(' ');
        at = comment;
      } else if (Character.isWhitespace(c)) {
        code.append(c);
        at++;
      } else if (c == '\'' || c == '"' || c == '`' && kind == DatabaseKind.MYSQL) {
        quoted(c, backslashes.escapeIn(c));
      } else if (c == '$' && dollarTag(at) != null) {
        dollarQuoted(dollarTag(at));
      } else if (Character.isLetter(c) || c == '_') {
        word();
      } else {
        symbol(c);
      }
    }
    resolveEnd(null);
    endStatement();
  }

  private void symbol(char c) {
    resolveEnd(null);
    if (c == ';' && innerStart >= 0) {
      inner.add(code.substring(innerStart).strip());
      innerStart = -1;
    }
    if (c == ';' && blocks.isEmpty()) {
      endStatement();
      previous = ";";
      at++;
      return;
    }
    if (c == '*' && executableComments > 0 && at + 1 < sql.length() && sql.charAt(at + 1) == '/') {
      executableComments--;
      code.append(' ');
      at += 2;
      return;
    }
    if (c == '(') {
      sawParenthesis = true;
    }
    boolean assignment = c == ':' && at + 1 < sql.length() && sql.charAt(at + 1) == '=';
    previous = assignment ? ":=" : String.valueOf(c);
    code.append(sql, at, at + (assignment ? 2 : 1));
    at += assignment ? 2 : 1;
  }

  private void word() {
    int end = at;
    while (end < sql.length() && isWordPart(sql.charAt(end))) {
      end++;
    }
    String word = sql.substring(at, end).toUpperCase(Locale.ROOT);
    code.append(sql, at, end);
    at = end;
    if (resolveEnd(word)) {
      previous = word;
      return;
    }
    boolean statementStart = STATEMENT_STARTS.contains(previous);
    if (firstWord == null) {
      firstWord = word;
    }
    // CREATE [OR REPLACE] [DEFINER = ...] PROCEDURE, before its parameters: a body follows
    boolean creates = "CREATE".equals(firstWord) || "ALTER".equals(firstWord);
    if (creates && !sawParenthesis && ROUTINES.contains(word)) {
      routine = true;
    }
    // in a block, a statement starts after THEN, DO or a semicolon: IF x THEN COMMIT; is COMMIT
    if (statementStart && !blocks.isEmpty() && !routine && !word.equals("END")) {
      innerStart = code.length() - word.length();
    }
    open(word, statementStart);
    previous = word;
    if (word.equals("E") && kind == DatabaseKind.POSTGRESQL && at < sql.length()) {
      if (sql.charAt(at) == '\'') {
        quoted('\'', true);
      }
    }
  }

  private void open(String word, boolean statementStart) {
    switch (word) {
      case "CASE" -> blocks.push(word);
      case "END" -> {
        boolean dotFollows = at < sql.length() && sql.charAt(at) == '.';
        pendingEnd = BlockEnd.closes(blocks.peek(), previous, dotFollows);
      }
      case "DECLARE" -> {
        // MariaDB's Oracle mode: DECLARE ...; BEGIN ... END is one block
        if (statementStart && blocks.isEmpty() && kind == DatabaseKind.MYSQL) {
          blocks.push(word);
        }
      }
      case "BEGIN" -> {
        if (blocks.isEmpty() && statementStart && startsTransaction()) {
          return;
        }
        if (statementStart || routineBody()) {
          if ("DECLARE".equals(blocks.peek())) {
            blocks.pop();
          }
          blocks.push(word);
        }
      }
      default -> {
        if (statementStart && NAMED_ENDS.contains(word)) {
          blocks.push(word);
        }
      }
    }
  }

  /**
   * Closes the block an END closed, once the word after it is known: END IF closes an IF, a bare
   * END (or one before a label) a BEGIN or a CASE. True if {@code next} was END's own word.
   */
  private boolean resolveEnd(String next) {
    if (!pendingEnd) {
      return false;
    }
    pendingEnd = false;
    boolean named = next != null && (NAMED_ENDS.contains(next) || next.equals("CASE"));
    String closes = named ? next : blocks.peek();
    if (closes != null && closes.equals(blocks.peek())) {
      if (named || closes.equals("BEGIN") || closes.equals("CASE")) {
        blocks.pop();
      }
    }
    return named;
  }

  // CREATE PROCEDURE p() BEGIN ..., CREATE TRIGGER ... FOR EACH ROW BEGIN: the body's outer BEGIN,
  // never a column named begin (CREATE TABLE t (begin INT), CREATE VIEW v AS SELECT begin ...)
  private boolean routineBody() {
    return routine && blocks.isEmpty() && !Set.of("(", ",", ".").contains(previous);
  }

  private boolean startsTransaction() {
    int next = blankEnd(at);
    if (next >= sql.length() || sql.charAt(next) == ';') {
      return true;
    }
    String word = wordAt(next);
    if (word.equals("NOT")) {
      return wordAt(blankEnd(next + word.length())).equals("DEFERRABLE");
    }
    return TRANSACTION_WORDS.contains(word);
  }

  private String wordAt(int from) {
    int end = from;
    while (end < sql.length() && isWordPart(sql.charAt(end))) {
      end++;
    }
    return sql.substring(from, end).toUpperCase(Locale.ROOT);
  }

  private int blankEnd(int from) {
    int i = from;
    while (i < sql.length()) {
      int comment = commentEnd(i);
      if (comment > i) {
        i = comment;
      } else if (Character.isWhitespace(sql.charAt(i))) {
        i++;
      } else {
        return i;
      }
    }
    return i;
  }

  /** Where the comment at {@code i} ends, or {@code i} if none starts there. */
  private int commentEnd(int i) {
    if (sql.startsWith("--", i)) {
      // MySQL's comment needs a blank after the dashes: 1--1 is 1 - -1
      boolean blank = i + 2 >= sql.length() || Character.isWhitespace(sql.charAt(i + 2));
      if (kind != DatabaseKind.MYSQL || blank) {
        return lineEnd(i);
      }
    }
    if (sql.charAt(i) == '#' && kind == DatabaseKind.MYSQL) {
      return lineEnd(i);
    }
    if (sql.startsWith("/*", i)) {
      if (kind == DatabaseKind.MYSQL && (sql.startsWith("/*!", i) || sql.startsWith("/*M!", i))) {
        return executableComment(i);
      }
      return blockCommentEnd(i, kind == DatabaseKind.POSTGRESQL);
    }
    return i;
  }

  // MySQL runs its content: only the opening and its version number are a comment
  private int executableComment(int i) {
    int end = sql.indexOf('!', i) + 1;
    while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
      end++;
    }
    if (i == at) {
      executableComments++;
    }
    return end;
  }

  private int lineEnd(int i) {
    int end = sql.indexOf('\n', i);
    return end < 0 ? sql.length() : end + 1;
  }

  // PostgreSQL nests block comments, MySQL and H2 end one at its first */
  private int blockCommentEnd(int i, boolean nests) {
    int depth = 0;
    int j = i;
    while (j < sql.length()) {
      if (sql.startsWith("/*", j) && (nests || depth == 0)) {
        depth++;
        j += 2;
      } else if (sql.startsWith("*/", j)) {
        j += 2;
        if (--depth == 0) {
          return j;
        }
      } else {
        j++;
      }
    }
    return sql.length();
  }

  private void quoted(char quote, boolean backslashEscapes) {
    int j = at + 1;
    while (j < sql.length()) {
      char c = sql.charAt(j);
      if (backslashEscapes && c == '\\') {
        j += 2;
      } else if (c == quote && j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
        j += 2;
      } else if (c == quote) {
        j++;
        break;
      } else {
        j++;
      }
    }
    j = Math.min(j, sql.length());
    resolveEnd(null);
    if (quotesEmptied) {
      code.append(quote).append(quote);
    } else {
      code.append(sql, at, j);
    }
    previous = String.valueOf(quote);
    at = j;
  }

  /** The {@code $tag$} opening a dollar-quoted string at {@code i}, or null. */
  private String dollarTag(int i) {
    if (kind == DatabaseKind.MYSQL || i > 0 && isWordPart(sql.charAt(i - 1))) {
      return null;
    }
    int end = i + 1;
    while (end < sql.length() && isWordPart(sql.charAt(end)) && sql.charAt(end) != '$') {
      end++;
    }
    if (end >= sql.length() || sql.charAt(end) != '$' || end > i + 1 && isDigit(sql, i + 1)) {
      return null;
    }
    return sql.substring(i, end + 1);
  }

  private void dollarQuoted(String tag) {
    int close = sql.indexOf(tag, at + tag.length());
    int end = close < 0 ? sql.length() : close + tag.length();
    resolveEnd(null);
    code.append(quotesEmptied ? " " : sql.substring(at, end));
    previous = "$";
    at = end;
  }

  private void endStatement() {
    String statement = code.toString().strip();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
    code.setLength(0);
    innerStart = -1;
    firstWord = null;
    routine = false;
    sawParenthesis = false;
    blocks.clear();
  }

  private static boolean isDigit(String s, int i) {
    return Character.isDigit(s.charAt(i));
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
