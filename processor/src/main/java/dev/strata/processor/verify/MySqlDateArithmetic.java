package dev.strata.processor.verify;

import dev.strata.processor.sql.ArithmeticOperations;
import dev.strata.processor.sql.ArithmeticOperations.Operation;
import dev.strata.processor.sql.SortKeys;
import java.sql.Connection;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * A date, time or timestamp plus or minus a number, or one minus another, which MySQL and MariaDB
 * compute on the value's digits where H2 and PostgreSQL count days: on MariaDB 10.11 {@code DATE
 * '2020-01-31' + 1} is {@code 20200132}, a number, and H2 gives {@code 2020-02-01}. The view is
 * created, and its column holds numbers, or its condition picks other rows ({@code born >
 * CURRENT_DATE - 30}). A sort or grouping key is left alone: a date plus a constant sorts and
 * groups alike as digits. And a date plus or minus hours, minutes or seconds, {@code born +
 * INTERVAL '1' HOUR}, which they give as a DATETIME where H2 keeps the date and drops the time. The
 * operands' types are H2's ({@link H2ArgumentTypes}).
 */
final class MySqlDateArithmetic {

  private static final Set<ArgumentType> TEMPORAL =
      Set.of(ArgumentType.DATE, ArgumentType.TIME, ArgumentType.TIMESTAMP);

  private static final Set<ArgumentType> NUMBERS =
      Set.of(ArgumentType.INTEGER, ArgumentType.NUMBER, ArgumentType.FLOATING);

  /** The left operands read here: a date, time or timestamp, a number, or an interval. */
  private static final Set<ArgumentType> OPERANDS =
      Set.of(
          ArgumentType.DATE,
          ArgumentType.TIME,
          ArgumentType.TIMESTAMP,
          ArgumentType.INTEGER,
          ArgumentType.NUMBER,
          ArgumentType.FLOATING,
          ArgumentType.INTERVAL);

  /** An interval of a part of a day, {@code INTERVAL '90' MINUTE}. */
  private static final Pattern TIME_UNIT =
      Pattern.compile(
          "(?is)\\s*INTERVAL\\s+.*\\s(HOUR|MINUTE|SECOND|MICROSECOND)(\\s*\\(\\s*[0-9]+\\s*\\))?\\s*");

  private MySqlDateArithmetic() {}

  /**
   * The first such operation of {@code sql}, in words that say what to write instead; empty when
   * there is none, or when H2 does not tell an operand's type.
   */
  static Optional<String> misread(Connection connection, String sql) {
    IntPredicate sortKey = SortKeys.of(sql);
    for (Operation operation : ArithmeticOperations.of(sql)) {
      boolean additive = operation.operator().equals("+") || operation.operator().equals("-");
      if (!additive
          || operation.left().untyped()
          || operation.right().untyped()
          || sortKey.test(operation.left().start())) {
        continue;
      }
      Optional<ArgumentType> left = H2ArgumentTypes.typeOf(connection, sql, operation.left());
      if (left.isEmpty() || !OPERANDS.contains(left.get())) {
        continue;
      }
      Optional<ArgumentType> right = H2ArgumentTypes.typeOf(connection, sql, operation.right());
      if (right.isPresent() && onDigits(operation.operator(), left.get(), right.get())) {
        return Optional.of(describe(operation, left.get(), right.get()));
      }
      if (right.isPresent() && partOfADay(operation, left.get(), right.get())) {
        return Optional.of(describePartOfADay(operation, left.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the operation adds hours, minutes or seconds to a date, or takes them from it: {@code
   * born + INTERVAL '1' HOUR}, which MySQL and MariaDB give as a DATETIME, where H2 keeps the date
   * and drops the time.
   */
  private static boolean partOfADay(Operation operation, ArgumentType left, ArgumentType right) {
    if (left == ArgumentType.DATE && right == ArgumentType.INTERVAL) {
      return TIME_UNIT.matcher(operation.right().text()).matches();
    }
    return left == ArgumentType.INTERVAL
        && right == ArgumentType.DATE
        && operation.operator().equals("+")
        && TIME_UNIT.matcher(operation.left().text()).matches();
  }

  private static String describePartOfADay(Operation operation, ArgumentType left) {
    String date = left == ArgumentType.DATE ? operation.left().text() : operation.right().text();
    String interval =
        left == ArgumentType.DATE ? operation.right().text() : operation.left().text();
    return operation.left().text()
        + " "
        + operation.operator()
        + " "
        + operation.right().text()
        + ", a date plus or minus a part of a day, which MySQL and MariaDB give as a DATETIME"
        + " (DATE '2024-01-31' + INTERVAL '1' HOUR is 2024-01-31 01:00:00) where H2 keeps the date"
        + " and drops the hours: give MySQL and MariaDB a query of their own with CAST("
        + date
        + " AS DATETIME) "
        + operation.operator()
        + " "
        + interval;
  }

  private static boolean onDigits(String operator, ArgumentType left, ArgumentType right) {
    boolean temporalLeft = TEMPORAL.contains(left);
    boolean temporalRight = TEMPORAL.contains(right);
    return (temporalLeft && (NUMBERS.contains(right) || temporalRight))
        || (NUMBERS.contains(left) && temporalRight && operator.equals("+"));
  }

  private static String describe(Operation operation, ArgumentType left, ArgumentType right) {
    boolean dates = TEMPORAL.contains(left) && TEMPORAL.contains(right);
    String date = TEMPORAL.contains(left) ? operation.left().text() : operation.right().text();
    String days = TEMPORAL.contains(left) ? operation.right().text() : operation.left().text();
    String sign = operation.operator().equals("-") ? " - " : " + ";
    String advice;
    if (dates) {
      advice =
          "give MySQL and MariaDB a query of their own with DATEDIFF(a, b) for days, or"
              + " TIMESTAMP(date, time) for a date at a time";
    } else if (days.chars().allMatch(Character::isDigit)) {
      advice =
          "write " + date + sign + "INTERVAL '" + days + "' DAY, which all of them read as days";
    } else {
      advice =
          "give MySQL and MariaDB a query of their own with "
              + date
              + sign
              + "INTERVAL "
              + days
              + " DAY (they round an interval's value to whole units: for a part of a day,"
              + " count hours or minutes, INTERVAL n HOUR)";
    }
    return operation.left().text()
        + " "
        + operation.operator()
        + " "
        + operation.right().text()
        + (dates ? ", a difference of dates," : ", a date plus or minus a number,")
        + " which MySQL and MariaDB compute on the digits of the dates (DATE '2020-01-31' + 1 is"
        + " 20200132 there) where H2 and PostgreSQL count days: "
        + advice;
  }
}
