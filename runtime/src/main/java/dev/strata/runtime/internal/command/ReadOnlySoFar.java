package dev.strata.runtime.internal.command;

import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.SQLException;

/**
 * The database lost while a run's work has only read, under the lock, and changed nothing yet: an
 * upgrade that checks for drift ({@code failOnDrift}), or finds nothing to apply, and then loses
 * its connection, as when the process serving an H2 {@code AUTO_SERVER} file exits just then.
 * {@link SessionRunner} opens the session again for it, as for a session lost before its work
 * began, instead of failing a start that did nothing.
 */
final class ReadOnlySoFar extends SQLException {

  private static final long serialVersionUID = 1L;

  private ReadOnlySoFar(SQLException cause) {
    super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
  }

  /**
   * Runs {@code read}, which must change nothing, marking its failure as one that another session
   * may retry when the database was out of reach.
   */
  static <T> T reading(SqlSupplier<T> read) throws SQLException {
    try {
      return read.get();
    } catch (SQLException e) {
      throw Reopening.lost(e) ? new ReadOnlySoFar(e) : e;
    }
  }
}
