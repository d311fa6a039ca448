package dev.strata.runtime.internal.lock;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.catalog.TableRef;
import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Chooses the lock that makes concurrent runs wait for each other. PostgreSQL: a transaction-scoped
 * advisory lock taken by each transaction that changes the database, which holds through PgBouncer
 * in transaction mode. MySQL/MariaDB: a named lock, H2: a row lock, each held by the database for
 * the session until closed (so that it goes when the session dies); on a Galera cluster, whose
 * named locks are node-local, a lease that expires when its holder stops renewing it. None on other
 * databases, since SQL has no portable lock. On PostgreSQL, MySQL and MariaDB the lock also bounds
 * each statement's wait for the locks other sessions hold ({@link LockQueue}).
 */
public final class Locks {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  /** How the name of every MySQL and MariaDB named lock of Strata's begins ({@code GET_LOCK}). */
  public static final String NAMED_LOCK_PREFIX = LockNames.PREFIX;

  private Locks() {}

  /**
   * The lock held for a whole run on {@code connection}, to the database that {@code dialect}
   * speaks; {@link SessionLock#NONE} where {@link #perTransaction} locks instead.
   */
  public static SessionLock acquire(
      Dialect dialect, ClusterSession cluster, Connection connection, LockRequest request)
      throws SQLException {
    switch (dialect.kind()) {
      case POSTGRESQL:
        return SessionLock.NONE;
      case MYSQL:
        return mysqlFamily(dialect, cluster, connection, request);
      case H2:
        return RowLock.acquire(dialect, request);
      default:
        LOG.log(System.Logger.Level.WARNING, () -> noLock(dialect.name(), request.database()));
        return SessionLock.NONE;
    }
  }

  /**
   * The lock that each transaction of a run takes on {@code connection} before it reads the history
   * and changes the database; {@link TransactionLock#NONE} where {@link #acquire} locks the
   * session.
   *
   * @param history where the history table lives, which names the lock
   */
  public static TransactionLock perTransaction(
      Dialect dialect, Connection connection, LockRequest request, TableRef history) {
    return dialect.kind() == DatabaseKind.POSTGRESQL
        ? TransactionAdvisoryLock.on(connection, request, history)
        : TransactionLock.NONE;
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
      return BoundedLockWaits.around(
          LeaseLock.acquire(dialect, connection, request), connection, request);
    }
    LOG.log(
        System.Logger.Level.DEBUG,
        () -> "Migration lock on " + request.database() + ": the server's named lock (GET_LOCK)");
    NamedLock lock = NamedLock.acquire(connection, request);
    return BoundedLockWaits.around(lock, connection, request, lock.lockWaitTimeout());
  }

  private static String noLock(String dialect, String database) {
    return "Strata has no migration lock for "
        + dialect
        + " ("
        + database
        + "): run one migrator at a time on this database.";
  }
}
