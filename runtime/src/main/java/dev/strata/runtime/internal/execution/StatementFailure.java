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

  StatementFailure(String statement, SQLException cause) {
    super(cause.getMessage(), cause);
    this.statement = statement;
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

  SQLException sqlException() {
    return (SQLException) getCause();
  }
}
