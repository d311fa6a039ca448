package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Takes the lock that makes concurrent runs wait for each other, held by the database for the
 * session (so that it goes when the session dies) until closed: a PostgreSQL advisory lock, a
 * MySQL/MariaDB named lock, an H2 row lock; on a Galera cluster, whose named locks are node-local,
 * a lease that expires when its holder stops renewing it; none on other databases, since SQL has no
 * portable session lock.
 */
public final class Locks {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private Locks() {}

  /** The lock for a run on {@code connection}, to the database that {@code dialect} speaks. */
  public static SessionLock acquire(
      Dialect dialect, ClusterSession cluster, Connection connection, LockRequest request)
      throws SQLException {
    switch (dialect.kind()) {
      case POSTGRESQL:
        return AdvisoryLock.acquire(connection, request);
      case MYSQL:
        return mysqlFamily(dialect, cluster, connection, request);
      case H2:
        return RowLock.acquire(dialect, request);
      default:
        LOG.log(System.Logger.Level.WARNING, () -> noLock(dialect.name(), request.database()));
        return SessionLock.NONE;
    }
  }

  // GET_LOCK binds only the node it runs on: a multi-writer cluster needs a lock it certifies
  private static SessionLock mysqlFamily(
      Dialect dialect, ClusterSession cluster, Connection connection, LockRequest request)
      throws SQLException {
    if (cluster.multiWriter()) {
      LOG.log(
          System.Logger.Level.INFO,
          () ->
              "Migration lock on "
                  + request.database()
                  + ": a Galera node (wsrep_on = ON), where named locks are node-local, so a lease"
                  + " row that the cluster certifies, taken over "
                  + request.lease().toMillis()
                  + " ms after its holder stops renewing it");
      return LeaseLock.acquire(dialect, connection, request);
    }
    LOG.log(
        System.Logger.Level.DEBUG,
        () -> "Migration lock on " + request.database() + ": the server's named lock (GET_LOCK)");
    return NamedLock.acquire(connection, request);
  }

  private static String noLock(String dialect, String database) {
    return "Strata has no migration lock for "
        + dialect
        + " ("
        + database
        + "): run one migrator at a time on this database.";
  }
}
