package dev.strata.runtime.internal.execution;

import dev.strata.runtime.DatabaseKind;
import java.sql.SQLException;

/**
 * What a hand-written step's own JDBC statements pass before the database runs them: the refusals
 * of {@link StepSql}, then the reading of the session settings they change ({@link
 * SessionSettings}), which its migration sets back.
 *
 * @param step the step's class, named in refusals
 * @param kind the database, whose SQL is read
 */
record StepStatements(String step, DatabaseKind kind, SessionSettings settings) {

  /**
   * @throws SQLException if {@code sql} is refused, or its settings could not be read
   */
  void admit(String sql) throws SQLException {
    StepSql.requireAllowed(sql, step, kind);
    settings.beforeRunning(sql);
  }
}
