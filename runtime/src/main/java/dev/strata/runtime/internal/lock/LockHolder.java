package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Who holds a history table's migration lock now, asked without waiting for it: what tells a run in
 * progress elsewhere from one whose process died, where a run leaves its history row unfinished
 * while it works (DDL that commits at once). MySQL and MariaDB: the named lock's connection; a
 * Galera cluster: the lease, while it is younger than its lease time; H2: the marker row's lock.
 */
public final class LockHolder {

  private LockHolder() {}

  /**
   * The holder of the migration lock, as the database names it, or null if nobody holds it or the
   * database has no lock to ask about (PostgreSQL's runs leave no unfinished row to ask for).
   */
  public static String find(Dialect dialect, Connection connection, LockRequest request)
      throws SQLException {
    switch (dialect.kind()) {
      case MYSQL:
        return ClusterSession.isGaleraNode(connection)
            ? new LeaseTable(dialect, LockNames.leaseTable(request.historyTable()))
                .liveHolder(connection)
            : NamedLock.holder(connection, request);
      case H2:
        return RowLock.holder(dialect, request);
      default:
        return null;
    }
  }
}
