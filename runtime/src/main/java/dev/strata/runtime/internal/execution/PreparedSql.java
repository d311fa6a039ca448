package dev.strata.runtime.internal.execution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL that MySQL's and MariaDB's dynamic SQL runs, where the statement gives it as a string
 * literal ({@code PREPARE fill FROM 'COMMIT'}, {@code EXECUTE IMMEDIATE 'COMMIT'}), so that it is
 * read as the statement's own would be; a text in a variable ({@code PREPARE fill FROM @sql}) is
 * known only to the server, when it runs it.
 */
final class PreparedSql {

  // PREPARE's name may be quoted (`fill`); the literal may be followed by EXECUTE IMMEDIATE's USING
  private static final Pattern DYNAMIC =
      Pattern.compile(
          "(?:PREPARE\\s+(?:`[^`]*`|\\S+)\\s+FROM|EXECUTE\\s+IMMEDIATE)\\s*(?=['\"])",
          Pattern.CASE_INSENSITIVE);

  private PreparedSql() {}

  /**
   * The text of the literal that {@code statement}, one statement without comments, prepares or
   * runs, or null if it runs no literal.
   *
   * @param backslashes whether a backslash escapes the next character in the literal
   */
  static String of(String statement, Backslashes backslashes) {
    Matcher matcher = DYNAMIC.matcher(statement);
    if (!matcher.lookingAt()) {
      return null;
    }
    char quote = statement.charAt(matcher.end());
    boolean backslashEscapes = backslashes.escapeIn(quote);
    StringBuilder text = new StringBuilder();
    int i = matcher.end() + 1;
    while (i < statement.length()) {
      char c = statement.charAt(i);
      if (backslashEscapes && c == '\\' && i + 1 < statement.length()) {
        text.append(statement.charAt(i + 1));
        i += 2;
      } else if (c == quote && statement.startsWith(String.valueOf(quote), i + 1)) {
        text.append(quote);
        i += 2;
      } else if (c == quote) {
        return text.toString();
      } else {
        text.append(c);
        i++;
      }
    }
    // unterminated: the server refuses the statement, which then runs nothing
    return null;
  }
}
