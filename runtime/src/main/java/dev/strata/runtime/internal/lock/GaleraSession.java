package dev.strata.runtime.internal.lock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a MySQL-family server says about the cluster it belongs to: whether it is a Galera node
 * ({@code wsrep_on}), where {@code GET_LOCK} binds only the node it runs on; and, there, the
 * session setting that makes a read on one node see every write the cluster committed before it.
 */
final class GaleraSession {

  // wsrep_sync_wait's bit for reads: wait until this node has applied all that came before
  private static final int CAUSAL_READS = 1;

  private GaleraSession() {}

  /** Whether the server is a node of a Galera cluster with replication on. */
  static boolean isGaleraNode(Connection connection) throws SQLException {
    // SHOW VARIABLES rather than @@wsrep_on, which MySQL without Galera refuses
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW VARIABLES LIKE 'wsrep_on'")) {
      return result.next() && "ON".equalsIgnoreCase(result.getString(2));
    }
  }

  /** Turns causal reads on for the session; returns the setting to restore. */
  static int causalReads(Connection connection) throws SQLException {
    int previous;
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT @@SESSION.wsrep_sync_wait")) {
      result.next();
      previous = result.getInt(1);
    }
    syncWait(connection, previous | CAUSAL_READS);
    return previous;
  }

  static void syncWait(Connection connection, int value) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET SESSION wsrep_sync_wait = " + value);
    }
  }
}
