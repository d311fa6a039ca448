package dev.strata.processor.verify;

import dev.strata.processor.sql.FunctionCalls.Argument;
import dev.strata.processor.sql.FunctionCalls.Call;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a call that {@link FunctionReadings} names reads alike on H2 and the servers all the same,
 * by what is around it or what it is given (helper-180 fuzzed each against PostgreSQL 15 and
 * MariaDB 10.11): a length compared with 0, a length of text that holds no character beyond ASCII,
 * the rounding of a whole number or of a column a derived table gives, a fill of one character
 * repeated, a pattern that matches once at most.
 */
final class AlikeReadings {

  private static final Pattern ZERO_AFTER = Pattern.compile("^\\s*(=|<>|!=|>)\\s*0(?![\\d.])");

  private static final Pattern ZERO_BEFORE = Pattern.compile("(?<![\\w.])0\\s*(=|<>|!=|<)\\s*$");

  /** A cast to text, {@code CAST(id AS VARCHAR(20))}, its operand the first group. */
  private static final Pattern CAST_TO_TEXT =
      Pattern.compile(
          "(?is)\\s*CAST\\s*\\((.*)\\s+AS\\s+[a-z ]*(CHAR|TEXT)[a-z ]*(\\(\\s*\\d+\\s*\\))?\\s*\\)\\s*");

  /** The types whose text holds no character beyond ASCII. */
  private static final Set<ArgumentType> ASCII_TYPES =
      Set.of(
          ArgumentType.INTEGER,
          ArgumentType.NUMBER,
          ArgumentType.FLOATING,
          ArgumentType.DATE,
          ArgumentType.TIME,
          ArgumentType.TIMESTAMP,
          ArgumentType.UUID,
          ArgumentType.BOOLEAN);

  private static final Pattern WHOLE = Pattern.compile("(?is)\\s*(FLOOR|CEIL|CEILING)\\s*\\(.*");

  private static final Pattern NAME =
      Pattern.compile("\\s*(?:[A-Za-z_]\\w*\\.)?([A-Za-z_]\\w*)\\s*");

  private static final String BASE_DOUBLE_COLUMN =
      "SELECT 1 FROM INFORMATION_SCHEMA.COLUMNS c JOIN INFORMATION_SCHEMA.TABLES t"
          + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
          + " WHERE t.TABLE_TYPE = 'BASE TABLE' AND LOWER(c.COLUMN_NAME) = ?"
          + " AND UPPER(c.DATA_TYPE) IN ('DOUBLE PRECISION', 'REAL')";

  private AlikeReadings() {}

  /**
   * Whether {@code call}, where it stands in {@code sql}, is compared with 0: no byte, no
   * character.
   */
  static boolean comparedWithZero(String sql, Call call) {
    return ZERO_AFTER.matcher(sql.substring(call.start() + call.call().length())).find()
        || ZERO_BEFORE.matcher(sql.substring(0, call.start())).find();
  }

  /**
   * Whether {@code argument} holds no character beyond ASCII: a string literal of them, or a cast
   * to text of a number, a time, a UUID or a boolean.
   */
  static boolean ascii(Connection connection, String sql, Argument argument) {
    String text = argument.text().strip();
    if (argument.untyped()) {
      return text.chars().allMatch(c -> c < 128);
    }
    Matcher cast = CAST_TO_TEXT.matcher(argument.text());
    if (!cast.matches()) {
      return false;
    }
    Optional<ArgumentType> operand =
        H2ArgumentTypes.typeOf(connection, sql, argument.start() + cast.start(1), cast.group(1));
    return operand.filter(ASCII_TYPES::contains).isPresent();
  }

  /**
   * Whether {@code argument} of a rounding is a whole number already, or a column that a derived
   * table, a common table expression or a view gives, whose type the servers may give otherwise
   * than H2 ({@code AVG(qty)} there is a decimal): no base table has a double of its name.
   */
  static boolean wholeOrDerived(Connection connection, Argument argument) {
    if (WHOLE.matcher(argument.text()).matches()) {
      return true;
    }
    Matcher name = NAME.matcher(argument.text());
    if (!name.matches()) {
      return false;
    }
    try (PreparedStatement statement = connection.prepareStatement(BASE_DOUBLE_COLUMN)) {
      statement.setString(1, name.group(1).toLowerCase(Locale.ROOT));
      try (ResultSet rows = statement.executeQuery()) {
        return !rows.next();
      }
    } catch (SQLException e) {
      return false;
    }
  }

  /** Whether a fill, {@code '00'}, is one character repeated, which H2 repeats as they do. */
  static boolean repeated(String fill) {
    return !fill.isEmpty() && fill.codePoints().distinct().count() == 1;
  }

  /**
   * Whether a pattern, as written in quotes, matches once at most: anchored at the start, or at the
   * end after something that cannot match nothing, and no alternative.
   */
  static boolean matchesOnceAtMost(String pattern) {
    String text = pattern.strip();
    if (text.length() < 3 || !text.startsWith("'") || !text.endsWith("'") || text.contains("|")) {
      return false;
    }
    String body = text.substring(1, text.length() - 1);
    if (body.contains("(?m") || body.contains("\\n")) {
      return false;
    }
    return body.startsWith("^")
        || body.endsWith("$")
            && body.length() > 1
            && "*?\\".indexOf(body.charAt(body.length() - 2)) < 0;
  }

  /** Whether {@code call} is of distinct values, {@code STDDEV(DISTINCT x)}. */
  static boolean ofDistinct(Call call) {
    return call.call().matches("(?is)\\w+\\s*\\(\\s*DISTINCT\\b.*");
  }
}
