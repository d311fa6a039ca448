package dev.strata.processor.verify;

import dev.strata.processor.sql.ArithmeticOperations.Operation;
import java.util.Locale;

/**
 * The words for arithmetic that PostgreSQL has no operator for: what PostgreSQL refuses, and what
 * to write instead, which H2 and PostgreSQL both take.
 */
final class ArithmeticAdvice {

  private ArithmeticAdvice() {}

  /** {@code seen + 1, which adds an integer to a timestamp and PostgreSQL refuses (...): ...}. */
  static String describe(Operation operation, ArgumentType left, ArgumentType right) {
    String written =
        operation.left().text() + " " + operation.operator() + " " + operation.right().text();
    return written
        + ", an operation on "
        + left.withArticle()
        + " and "
        + right.withArticle()
        + " that PostgreSQL refuses (operator does not exist): "
        + advice(operation, left, right);
  }

  private static String advice(Operation operation, ArgumentType left, ArgumentType right) {
    String leftText = operation.left().text();
    String rightText = operation.right().text();
    if (operation.operator().equals("||")) {
      // not CONCAT, which reads a NULL as empty text where || gives NULL
      return "write CAST(" + leftText + " AS VARCHAR(40)) || " + rightText + ", which both take";
    }
    if (left == ArgumentType.TIMESTAMP || left == ArgumentType.DATE) {
      return "write "
          + leftText
          + " "
          + operation.operator()
          + " "
          + rightText
          + " * INTERVAL '1' DAY, which both take";
    }
    if (operation.operator().equals("%")) {
      // a decimal divisor too: H2 types a remainder as its divisor (Remainders)
      return "write MOD(CAST("
          + leftText
          + " AS DECIMAL(30, 10)), CAST("
          + rightText
          + " AS DECIMAL(30, 10))), with the precision and scale the values need";
    }
    if (left == ArgumentType.BOOLEAN || right == ArgumentType.BOOLEAN) {
      return "count a boolean as CASE WHEN x THEN 1 ELSE 0 END";
    }
    if (left == ArgumentType.TEXT && right != ArgumentType.TEXT) {
      return "write CAST("
          + leftText
          + " AS "
          + sqlName(right)
          + ") "
          + operation.operator()
          + " "
          + rightText;
    }
    if (right == ArgumentType.TEXT && left != ArgumentType.TEXT) {
      return "write "
          + leftText
          + " "
          + operation.operator()
          + " CAST("
          + rightText
          + " AS "
          + sqlName(left)
          + ")";
    }
    return "PostgreSQL has no arithmetic of these types; cast them to numbers first";
  }

  private static String sqlName(ArgumentType type) {
    return type.postgresName().toUpperCase(Locale.ROOT);
  }
}
