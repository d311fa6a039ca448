package dev.strata.processor.verify;

import dev.strata.processor.sql.ArithmeticOperations;
import dev.strata.processor.sql.ArithmeticOperations.Operation;
import java.sql.Connection;
import java.util.Optional;
import java.util.Set;

/**
 * Finds arithmetic that PostgreSQL has no operator for, where H2 takes it by converting a side
 * (measured on PostgreSQL 15, each operator on each pair of column types): text, booleans and uuids
 * in arithmetic ({@code label + 1}: {@code operator does not exist: character varying + integer}),
 * a timestamp or a time plus or minus a number ({@code seen + 1}, Oracle's "a day later"), a date
 * plus or minus a number that is not an integer, the sum of two dates or timestamps, any product of
 * them, {@code %} of a double precision, and {@code ||} of two values neither of which is text
 * ({@code qty || qty}: {@code operator does not exist: integer || integer}). A string literal alone
 * is typed by PostgreSQL as the other side asks, so it is never refused here.
 */
final class PostgresArithmetic {

  /** The categories that PostgreSQL has no arithmetic for. */
  private static final Set<PostgresCategory> NO_ARITHMETIC =
      Set.of(
          PostgresCategory.TEXT,
          PostgresCategory.BOOLEAN,
          PostgresCategory.UUID,
          PostgresCategory.BINARY);

  private static final Set<ArgumentType> TEMPORAL =
      Set.of(ArgumentType.DATE, ArgumentType.TIME, ArgumentType.TIMESTAMP);

  /**
   * The arithmetic PostgreSQL has on dates, times and timestamps: a date plus or minus an integer
   * (days), the difference of two, any of them plus or minus an interval, a date plus a time, and a
   * time multiplied or divided by a number (as an interval, to which PostgreSQL casts it). A
   * timestamp with a time is left to PostgreSQL, unmeasured here.
   */
  private static final Set<String> TEMPORAL_OPERATORS =
      Set.of(
          "DATE + INTEGER",
          "INTEGER + DATE",
          "DATE - INTEGER",
          "DATE - DATE",
          "DATE - TIMESTAMP",
          "TIMESTAMP - DATE",
          "TIMESTAMP - TIMESTAMP",
          "TIME - TIME",
          "DATE + TIME",
          "TIME + DATE",
          "DATE - TIME",
          "TIMESTAMP + TIME",
          "TIME + TIMESTAMP",
          "TIMESTAMP - TIME",
          "DATE + INTERVAL",
          "DATE - INTERVAL",
          "INTERVAL + DATE",
          "TIME + INTERVAL",
          "TIME - INTERVAL",
          "INTERVAL + TIME",
          "TIMESTAMP + INTERVAL",
          "TIMESTAMP - INTERVAL",
          "INTERVAL + TIMESTAMP",
          // a time is an interval where PostgreSQL multiplies it
          "TIME * INTEGER",
          "TIME * NUMBER",
          "TIME * FLOATING",
          "INTEGER * TIME",
          "NUMBER * TIME",
          "FLOATING * TIME",
          "TIME / INTEGER",
          "TIME / NUMBER",
          "TIME / FLOATING");

  private PostgresArithmetic() {}

  /**
   * The first operation of {@code sql} that PostgreSQL has no operator for, in words that say what
   * to write instead; empty when there is none, or when H2 does not tell an operand's type.
   */
  static Optional<String> refused(Connection connection, String sql) {
    for (Operation operation : ArithmeticOperations.of(sql)) {
      if (operation.left().untyped() || operation.right().untyped()) {
        // PostgreSQL types a string literal as the other side asks: no probe of either side
        continue;
      }
      Optional<ArgumentType> left = H2ArgumentTypes.typeOf(connection, sql, operation.left());
      Optional<ArgumentType> right =
          left.isEmpty()
              ? Optional.empty()
              : H2ArgumentTypes.typeOf(connection, sql, operation.right());
      if (right.isPresent()
          && refuses(operation.operator(), left.get(), right.get())
          && !exactOnPostgres(connection, sql, operation, left.get(), right.get())) {
        return Optional.of(ArithmeticAdvice.describe(operation, left.get(), right.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a side of a remainder that H2 types as a double precision is no double to PostgreSQL
   * ({@link PostgresFloating}: {@code AVG(qty)} and {@code 1e3} are numerics there), so that
   * PostgreSQL takes its {@code %}.
   */
  private static boolean exactOnPostgres(
      Connection connection,
      String sql,
      Operation operation,
      ArgumentType left,
      ArgumentType right) {
    if (!operation.operator().equals("%")) {
      return false;
    }
    boolean leftFloating =
        left != ArgumentType.FLOATING
            || PostgresFloating.typeOf(connection, sql, operation.left())
                .equals(Optional.of(ArgumentType.FLOATING));
    boolean rightFloating =
        right != ArgumentType.FLOATING
            || PostgresFloating.typeOf(connection, sql, operation.right())
                .equals(Optional.of(ArgumentType.FLOATING));
    return !(leftFloating && rightFloating);
  }

  /**
   * Whether PostgreSQL refuses to concatenate values of these categories: it concatenates text with
   * anything ({@code text || anynonarray}) and binary strings with each other, and nothing else of
   * these (arrays and JSON, which H2 does not type here, are left to it).
   */
  private static boolean refusesConcatenation(PostgresCategory left, PostgresCategory right) {
    boolean text = left == PostgresCategory.TEXT || right == PostgresCategory.TEXT;
    boolean binary = left == PostgresCategory.BINARY && right == PostgresCategory.BINARY;
    return !text && !binary;
  }

  static boolean refuses(String operator, ArgumentType left, ArgumentType right) {
    Optional<PostgresCategory> leftCategory = PostgresCategory.of(left);
    Optional<PostgresCategory> rightCategory = PostgresCategory.of(right);
    if (leftCategory.isEmpty() || rightCategory.isEmpty()) {
      return false;
    }
    if (operator.equals("||")) {
      return refusesConcatenation(leftCategory.get(), rightCategory.get());
    }
    if (NO_ARITHMETIC.contains(leftCategory.get()) || NO_ARITHMETIC.contains(rightCategory.get())) {
      return true;
    }
    if (TEMPORAL.contains(left) || TEMPORAL.contains(right)) {
      return !TEMPORAL_OPERATORS.contains(left + " " + operator + " " + right);
    }
    return operator.equals("%")
        && (left == ArgumentType.FLOATING || right == ArgumentType.FLOATING);
  }
}
