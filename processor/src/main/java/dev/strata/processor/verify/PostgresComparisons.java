package dev.strata.processor.verify;

import dev.strata.processor.sql.Comparisons;
import dev.strata.processor.sql.Comparisons.Comparison;
import dev.strata.processor.sql.FunctionCalls.Argument;
import java.sql.Connection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a comparison of two types that PostgreSQL has no operator for, where H2 takes it by
 * converting one side (measured on PostgreSQL 15, each operator on each pair of column types): text
 * with a number ({@code code = 5}: {@code operator does not exist: character varying = integer}), a
 * boolean with a number ({@code active = 1}), a uuid with text, a date with a time; and {@code
 * LIKE} of anything but text. A string literal alone is typed by PostgreSQL as the other side asks,
 * so it is never refused here. The operands' types are H2's ({@link H2ArgumentTypes}).
 */
final class PostgresComparisons {

  private PostgresComparisons() {}

  /**
   * The first comparison of {@code sql} that PostgreSQL has no operator for, in words that say what
   * to write instead; empty when there is none, or when H2 does not tell an operand's type.
   */
  static Optional<String> refused(Connection connection, String sql) {
    for (Comparison comparison : Comparisons.of(sql)) {
      Optional<ArgumentType> left = H2ArgumentTypes.typeOf(connection, sql, comparison.left());
      Optional<ArgumentType> right =
          left.isEmpty() && !comparison.left().untyped()
              ? Optional.empty()
              : H2ArgumentTypes.typeOf(connection, sql, comparison.right());
      Optional<String> refused = refused(comparison, left, right);
      if (refused.isPresent()) {
        return refused;
      }
    }
    return Optional.empty();
  }

  /** The words for {@code comparison} if PostgreSQL refuses it; a string literal is untyped. */
  private static Optional<String> refused(
      Comparison comparison, Optional<ArgumentType> left, Optional<ArgumentType> right) {
    boolean matches = comparison.operator().endsWith("like");
    if (matches && left.isPresent() && left.get() != ArgumentType.TEXT) {
      return Optional.of(describeMatch(comparison, comparison.left(), left.get()));
    }
    if (matches && right.isPresent() && right.get() != ArgumentType.TEXT) {
      return Optional.of(describeMatch(comparison, comparison.right(), right.get()));
    }
    if (!matches && left.isPresent() && right.isPresent() && refuses(left.get(), right.get())) {
      return Optional.of(describe(comparison, left.get(), right.get()));
    }
    return Optional.empty();
  }

  private static boolean refuses(ArgumentType left, ArgumentType right) {
    Optional<PostgresCategory> leftKind = PostgresCategory.of(left);
    Optional<PostgresCategory> rightKind = PostgresCategory.of(right);
    return leftKind.isPresent() && rightKind.isPresent() && leftKind.get() != rightKind.get();
  }

  /** {@code code = 5, which compares a text with an integer and PostgreSQL refuses (...): ...}. */
  private static String describe(Comparison comparison, ArgumentType left, ArgumentType right) {
    return written(comparison, comparison.left().text(), comparison.right().text())
        + ", which compares "
        + left.withArticle()
        + " with "
        + right.withArticle()
        + " and PostgreSQL refuses (operator does not exist): "
        + advice(comparison, left, right);
  }

  private static String advice(Comparison comparison, ArgumentType left, ArgumentType right) {
    String leftText = comparison.left().text();
    String rightText = comparison.right().text();
    if (left == ArgumentType.BOOLEAN || right == ArgumentType.BOOLEAN) {
      return "compare a boolean with TRUE or FALSE, or test it alone ("
          + (left == ArgumentType.BOOLEAN ? leftText : rightText)
          + " = TRUE)";
    }
    // cast the text, where one side is text: its values are what the other side's type reads
    boolean castLeft = left == ArgumentType.TEXT || right != ArgumentType.TEXT;
    String rewritten =
        castLeft
            ? written(comparison, "CAST(" + leftText + " AS " + sqlName(right) + ")", rightText)
            : written(comparison, leftText, "CAST(" + rightText + " AS " + sqlName(left) + ")");
    return "write " + rewritten + ", or compare with a value of the same type";
  }

  /** {@code qty LIKE '1%', which matches an integer, and PostgreSQL refuses (...): ...}. */
  private static String describeMatch(Comparison comparison, Argument side, ArgumentType type) {
    return written(comparison, comparison.left().text(), comparison.right().text())
        + ", which matches "
        + type.withArticle()
        + " and PostgreSQL refuses (operator does not exist), as it matches text only: write CAST("
        + side.text()
        + " AS VARCHAR(40))";
  }

  /** The comparison as written, with its operands {@code left} and {@code right}. */
  private static String written(Comparison comparison, String left, String right) {
    String operator = comparison.operator().toUpperCase(Locale.ROOT);
    if (operator.endsWith("IN")) {
      return left + " " + operator + " (..., " + right + ", ...)";
    }
    return operator.endsWith("BETWEEN")
        ? left + " " + operator + " ... " + right + " ..."
        : left + " " + operator + " " + right;
  }

  private static String sqlName(ArgumentType type) {
    return type == ArgumentType.TEXT ? "VARCHAR(40)" : type.postgresName().toUpperCase(Locale.ROOT);
  }
}
