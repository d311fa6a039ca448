package dev.strata.processor.sql;

/**
 * Names that start with a digit, as MySQL's and MariaDB's lexer reads them: text that starts with a
 * digit is a number only when it is one, and otherwise a name, {@code 123abc}, {@code 0x1G}, and
 * {@code 0X1F} or {@code 0B1}, whose capital X or B no hex or bit number has there (MariaDB 10.11
 * reads each as a column). PostgreSQL and H2 read no such name.
 */
final class MySqlDigitNames {

  private MySqlDigitNames() {}

  /**
   * Whether the text at {@code start}, a digit, is a name to MySQL: not a hex number {@code 0x1F},
   * a bit number {@code 0b101}, or digits that end where a name could not go on, or go on as an
   * exponent ({@code 1e5}, {@code 1e-5}); the rules of {@code MY_LEX_NUMBER_IDENT} in its lexer.
   */
  static boolean startsName(String sql, int start) {
    if (sql.startsWith("0x", start)) {
      return !endsNumber(sql, start + 2, "0123456789abcdefABCDEF");
    }
    if (sql.startsWith("0b", start)) {
      return !endsNumber(sql, start + 2, "01");
    }
    int at = start;
    while (at < sql.length() && isDigit(sql.charAt(at))) {
      at++;
    }
    if (at == sql.length() || !isNamePart(sql.charAt(at))) {
      return false;
    }
    char c = sql.charAt(at);
    if (c == 'e' || c == 'E') {
      boolean signed = at + 1 < sql.length() && "+-".indexOf(sql.charAt(at + 1)) >= 0;
      int digit = signed ? at + 2 : at + 1;
      return !(digit < sql.length() && isDigit(sql.charAt(digit)));
    }
    return true;
  }

  /** Whether at least one of {@code digits}, from {@code from}, runs to where no name goes on. */
  private static boolean endsNumber(String sql, int from, String digits) {
    int at = from;
    while (at < sql.length() && digits.indexOf(sql.charAt(at)) >= 0) {
      at++;
    }
    return at > from && (at == sql.length() || !isNamePart(sql.charAt(at)));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A character MySQL's lexer lets a name hold: letters, digits, _, $ and any beyond ASCII. */
  static boolean isNamePart(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || isDigit(c)
        || c == '_'
        || c == '$'
        || c > 127;
  }
}
