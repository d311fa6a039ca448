package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.SQLException;

/**
 * Carries a failed statement and the database's exception out of a migration's {@code
 * upgrade(ops)}, through {@link dev.strata.runtime.Operations} methods that cannot throw {@link
 * SQLException}.
 */
final class StatementFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String statement;
  private final String step;

  StatementFailure(String statement, SQLException cause) {
    this(statement, cause, null);
  }

  /**
   * @param step the hand-written step that ran the statement, as {@link StepRun#label} names it, or
   *     null
   */
  StatementFailure(String statement, SQLException cause, String step) {
    super(cause.getMessage(), cause);
    this.statement = statement;
    this.step = step;
  }

  /** What {@code query} reads, or a failure saying that reading {@code subject} failed. */
  static <T> T reading(String subject, SqlSupplier<T> query) {
    try {
      return query.get();
    } catch (SQLException e) {
      throw new StatementFailure("reading " + subject, e);
    }
  }

  /** The SQL that failed, or what the runtime was doing if it was not a migration statement. */
  String statement() {
    return statement;
  }

  /** The hand-written step that ran the statement, or null if the migration's code did. */
  String step() {
    return step;
  }

  /** This failure as one of {@code step}'s, unless a step inside it is named already. */
  StatementFailure inStep(String step) {
    return this.step != null ? this : new StatementFailure(statement, sqlException(), step);
  }

  SQLException sqlException() {
    return (SQLException) getCause();
  }
}
