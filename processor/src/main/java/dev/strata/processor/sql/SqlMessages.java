package dev.strata.processor.sql;

/**
 * The texts of the SQL checks: each says which check a query failed, in words that complete
 * "{@code @View sql cannot define a view: }".
 */
final class SqlMessages {

  static final String NO_SQL = "it holds no SQL, only whitespace or comments";
  static final String TRAILING_SEMICOLON =
      "it ends with a semicolon; remove it, Strata puts the query inside CREATE VIEW";
  static final String TWO_STATEMENTS =
      "it holds more than one statement (a ; between them); a view is defined by one query";
  static final String STRING_NOT_CLOSED =
      "a string literal is never closed (a ' or $tag$ without its closing twin)";
  static final String IDENTIFIER_NOT_CLOSED =
      "a quoted identifier is never closed (a \" or ` without its closing twin)";
  static final String EMPTY_IDENTIFIER =
      "it quotes an empty name (\"\" or ``); a quoted identifier needs at least one character";
  static final String COMMENT_NOT_CLOSED = "a /* comment is never closed";
  static final String NESTED_COMMENT_NOT_CLOSED =
      "a /* comment is never closed: it holds another /*, and PostgreSQL nests comments, so each"
          + " /* needs its own */";
  static final String SELECT_INTO =
      "SELECT ... INTO writes the rows into a table or variables, and a view only returns them:"
          + " remove the INTO clause";
  static final String EMPTY_SELECT_LIST =
      "its select list is empty (SELECT followed by FROM): name the columns the view returns";

  private SqlMessages() {}

  static String nameTooLong(String name, int bytes) {
    return "it names "
        + name
        + ", of "
        + bytes
        + " bytes in UTF-8: PostgreSQL cuts a name to its first 63 bytes without a word (so the"
        + " view's column is not the name written, and two names alike that far are one), and"
        + " MySQL and MariaDB refuse a column name of more than 64 characters; use a shorter name";
  }

  static String notAQuery(String first) {
    return "it is not a query: it starts with "
        + first
        + ", and a view is defined by a query starting with SELECT, WITH, VALUES, TABLE or (";
  }

  static String changesData(String keyword) {
    return "it is not a query: "
        + keyword
        + " starts a statement that changes the database, and a view can only read it";
  }

  static String secondStatement(String previous) {
    return "it holds a second statement: SELECT after "
        + previous
        + " starts a new query; combine queries with UNION or put one inside the other in"
        + " parentheses";
  }

  static String notClosed(String open) {
    return "its brackets do not balance: a " + open + " is never closed";
  }

  static String closesNothing(String close) {
    return "its brackets do not balance: a " + close + " closes nothing";
  }

  static String closedByOther(String open, String close) {
    return "its brackets do not balance: a " + open + " is closed by " + close;
  }

  static String cutOff(String keyword) {
    return "it is cut off: nothing follows " + keyword + " at the end";
  }

  static String invisibleCharacter(char character, int index) {
    return String.format(
        "it holds a U+%04X %s at index %d, outside any string, quoted name or comment:"
            + " PostgreSQL and MySQL read it as part of a name, not as a space; replace it with a"
            + " space, or remove it",
        (int) character, Character.getName(character), index);
  }

  static String withoutQuery(String name) {
    return "it is cut off: nothing follows the common table expression "
        + name
        + "; a WITH list needs the query that reads it after it";
  }

  static String cutOffBeforeBracket(String keyword) {
    return "it is cut off: nothing follows " + keyword + " before )";
  }

  /** How {@link #serverReadsNoQuery} starts. */
  static final String SERVER_READING = "as MySQL and MariaDB read it";

  static String serverReadsNoQuery(String reason) {
    return SERVER_READING
        + " (the content of /*! ... */ is code to them, and -- starts a comment only before a"
        + " space), "
        + reason;
  }

  static String postgresReadsNoQuery(String reason) {
    return "as PostgreSQL reads it (a # is its XOR operator, not a comment), " + reason;
  }

  static String hashCommentBreaks(String reason) {
    return "a #, which MySQL and MariaDB read as a comment to the end of the line (PostgreSQL as"
        + " its XOR operator), so that what they read is not one query: "
        + reason
        + "; write -- before a comment, or give PostgreSQL a query of its own for XOR";
  }

  static String versionedComment(String opening, boolean mariadb) {
    String servers;
    if (opening.startsWith("/*M!") && !mariadb) {
      servers =
          "MariaDB runs the content and MySQL skips it (a mysql query runs on MariaDB where the"
              + " view has no mariadb one)";
    } else {
      String version = opening.substring(opening.indexOf('!') + 1);
      servers =
          "a server runs the content only from version "
              + version
              + " on"
              + (opening.startsWith("/*!") && version.length() == 5
                  ? ", and MariaDB never runs it from /*!50700 to /*!99999"
                  : "");
    }
    return "it holds an executable comment "
        + opening
        + " ... */: "
        + servers
        + ", so the view's columns and what it reads would depend on the server; write the"
        + " content as plain SQL if the view needs it, else remove the comment";
  }
}
