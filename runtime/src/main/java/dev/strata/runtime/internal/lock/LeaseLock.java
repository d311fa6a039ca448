package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The migration lock on a multi-writer cluster (MariaDB Galera), where a named lock binds one node
 * only: a lease row that the cluster certifies, so exactly one claim wins across all nodes (see
 * {@link LeaseTable}), renewed while its holder lives ({@link LeaseRenewal}) and taken over by a
 * waiter one lease after its holder stopped renewing it ({@link LeaseClaim}). The lease has a
 * connection of its own; the migration's connection reads causally ({@link ClusterSession}), so
 * that it sees the history that the previous holder wrote on another node.
 */
final class LeaseLock implements SessionLock {

  private final LeaseTable table;
  private final Connection leaseConnection;
  private final ClusterSession leaseReads;
  private final String holder;
  private final LeaseRenewal renewal;

  private LeaseLock(
      LeaseTable table,
      Connection leaseConnection,
      ClusterSession leaseReads,
      String holder,
      LeaseRenewal renewal) {
    this.table = table;
    this.leaseConnection = leaseConnection;
    this.leaseReads = leaseReads;
    this.holder = holder;
    this.renewal = renewal;
  }

  static SessionLock acquire(Dialect dialect, Connection migration, LockRequest request)
      throws SQLException {
    Connection connection = SecondConnection.open(request, "migration lock (a Galera lease)");
    try {
      connection.setAutoCommit(true);
      ClusterSession reads = ClusterSession.detect(dialect, connection);
      LeaseTable table = new LeaseTable(dialect, LockNames.leaseTable(request.historyTable()));
      table.createIfAbsent(connection);
      String holder = holder(connection);
      LeaseClaim claim =
          new LeaseClaim(table, connection, holder, request.lease().toMillis(), System::nanoTime);
      String name = "lease row in " + table.name() + " (Galera cluster)";
      String hint = "SELECT holder, renewed_at FROM " + table.name() + " names the holder";
      LockWait.until(request, name, hint, claim::attempt);
      LeaseRenewal renewal =
          LeaseRenewal.start(table, connection, holder, migration, request.lease());
      return new LeaseLock(table, connection, reads, holder, renewal);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** Who holds the lease, for people reading the row; unique, since the row is renewed by it. */
  private static String holder(Connection connection) throws SQLException {
    String session;
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT CONNECTION_ID(), @@hostname, @@wsrep_node_name")) {
      result.next();
      session =
          "connection "
              + result.getLong(1)
              + " to node "
              + result.getString(3)
              + " on "
              + result.getString(2);
    }
    String host = System.getenv("HOSTNAME");
    return "pid "
        + ProcessHandle.current().pid()
        + (host == null || host.isBlank() ? "" : " on " + host)
        + ", "
        + session
        + ", run "
        + UUID.randomUUID().toString().substring(0, 8);
  }

  @Override
  public void close() throws SQLException {
    renewal.close();
    try (leaseConnection) {
      table.release(leaseConnection, holder);
      // the connection may go back to a pool
      leaseReads.restore();
    }
  }
}
