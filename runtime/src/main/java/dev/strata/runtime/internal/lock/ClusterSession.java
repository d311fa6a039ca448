package dev.strata.runtime.internal.lock;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether a run's server is a node of a multi-writer cluster (a MariaDB Galera node, {@code
 * wsrep_on = ON}), where {@code GET_LOCK} binds only the node it runs on; and, there, the session
 * setting that makes a read on one node see every write the cluster committed before it ({@code
 * wsrep_sync_wait}), without which a run could read a history that another node already changed.
 */
public final class ClusterSession {

  /** A server that is no cluster node, or whose locks span the cluster. */
  public static final ClusterSession NONE = new ClusterSession(null, false, 0);

  // wsrep_sync_wait's bit for reads: wait until this node has applied all that came before
  private static final int CAUSAL_READS = 1;

  private final Connection connection;
  private final boolean multiWriter;
  private final int previousSyncWait;

  private ClusterSession(Connection connection, boolean multiWriter, int previousSyncWait) {
    this.connection = connection;
    this.multiWriter = multiWriter;
    this.previousSyncWait = previousSyncWait;
  }

  /** Asks the server; on a Galera node, turns causal reads on until {@link #restore()}. */
  public static ClusterSession detect(Dialect dialect, Connection connection) throws SQLException {
    if (dialect.kind() != DatabaseKind.MYSQL || !isGaleraNode(connection)) {
      return NONE;
    }
    return new ClusterSession(connection, true, causalReads(connection));
  }

  /** Whether named locks bind one node only, so that runs need a lease the cluster certifies. */
  public boolean multiWriter() {
    return multiWriter;
  }

  /** Gives the session back its own setting, as a pooled connection must be returned. */
  public void restore() throws SQLException {
    if (multiWriter && !connection.isClosed()) {
      syncWait(connection, previousSyncWait);
    }
  }

  static boolean isGaleraNode(Connection connection) throws SQLException {
    // SHOW VARIABLES rather than @@wsrep_on, which MySQL without Galera refuses
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW VARIABLES LIKE 'wsrep_on'")) {
      return result.next() && "ON".equalsIgnoreCase(result.getString(2));
    }
  }

  /** Turns causal reads on for {@code connection}'s session; returns the setting it had. */
  private static int causalReads(Connection connection) throws SQLException {
    int previous;
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT @@SESSION.wsrep_sync_wait")) {
      result.next();
      previous = result.getInt(1);
    }
    syncWait(connection, previous | CAUSAL_READS);
    return previous;
  }

  private static void syncWait(Connection connection, int value) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET SESSION wsrep_sync_wait = " + value);
    }
  }
}
