package dev.strata.runtime.internal.lock;

import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.Texts;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection that H2's row lock and the Galera lease hold beside the one a run works on, from
 * the same DataSource. A pool that cannot give a second connection at once, a pool of one
 * connection, is told apart from a driver's failure to connect, which the run's session handles as
 * any other (a lost connection, a database opened again).
 */
final class SecondConnection {

  private SecondConnection() {}

  /**
   * @param lock how messages name the lock the connection holds
   * @throws StrataException if the DataSource gives no second connection while the database answers
   */
  static Connection open(LockRequest request, String lock) throws SQLException {
    try {
      return request.dataSource().getConnection();
    } catch (SQLException e) {
      // a driver's error states its class, and keeps its path (an H2 AUTO_SERVER file changing
      // hands is opened again); a pool that timed out while its database answers states none:
      // HikariCP's "Connection is not available, request timed out", read as a lost connection
      if (e.getSQLState() != null) {
        throw e;
      }
      throw new StrataException(unavailable(request, lock, e), e);
    }
  }

  private static String unavailable(LockRequest request, String lock, SQLException cause) {
    return "Strata could not open a second connection to "
        + request.database()
        + " for the "
        + lock
        + ", which it holds beside the connection it migrates on: "
        + Texts.sentence(cause.getMessage())
        + " The DataSource must give two connections at once: a pool of one connection"
        + " (HikariCP's maximumPoolSize=1) never can, and one whose connections are all in use"
        + " makes Strata wait. Allow the pool two connections, or migrate through a DataSource of"
        + " Strata's own.";
  }
}
