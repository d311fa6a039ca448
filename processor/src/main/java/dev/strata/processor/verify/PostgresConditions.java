package dev.strata.processor.verify;

import dev.strata.processor.sql.Conditions;
import java.sql.Connection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a condition that is not a boolean ({@code WHERE qty}, {@code CASE WHEN qty THEN}, {@code
 * JOIN u ON 1}), which H2 takes by converting it and PostgreSQL refuses ({@code argument of WHERE
 * must be type boolean, not type integer}; measured on PostgreSQL 15). The conditions' types are
 * H2's ({@link H2ArgumentTypes}); a string literal, which PostgreSQL reads as the boolean it
 * spells, is left to it.
 */
final class PostgresConditions {

  private PostgresConditions() {}

  /** The first condition of {@code sql} that is not a boolean, in words that say what to write. */
  static Optional<String> refused(Connection connection, String sql) {
    for (Conditions.Condition condition : Conditions.of(sql)) {
      if (condition.operand().untyped()) {
        continue;
      }
      Optional<ArgumentType> type = H2ArgumentTypes.typeOf(connection, sql, condition.operand());
      if (type.isPresent() && type.get() != ArgumentType.BOOLEAN) {
        String keyword = condition.keyword().toUpperCase(Locale.ROOT);
        String operand = condition.operand().text();
        String compared = operand + (type.get() == ArgumentType.TEXT ? " <> ''" : " <> 0");
        return Optional.of(
            condition.written(operand)
                + ", a condition of "
                + type.get().withArticle()
                + ", which PostgreSQL refuses (argument of "
                + keyword
                + " must be type boolean) where H2 converts it: compare it, "
                + condition.written(compared));
      }
    }
    return Optional.empty();
  }
}
