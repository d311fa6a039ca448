package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * The table that holds a migration lease: one row, whose {@code beat} every claim and renewal
 * raises, so that a waiter sees the holder alive by the beat changing, without comparing clocks.
 * Every write is a single auto-committed statement that the cluster certifies: when two nodes write
 * the row at once, exactly one wins and the other gets a conflict, reported here as false.
 */
final class LeaseTable {

  /** The lease row as last read. {@code holder} is null when the lease is free. */
  record Lease(String holder, long beat, long leaseMillis) {}

  // the row's key: the table guards one history table
  private static final int ROW = 1;
  private static final int MAX_HOLDER = 200;

  // MySQL's duplicate key, deadlock (how Galera reports a failed certification), lock wait timeout
  private static final Set<Integer> CONFLICTS = Set.of(1062, 1213, 1205);

  // MySQL's unknown table: no run ever took a lease on this history table
  private static final int NO_SUCH_TABLE = 1146;

  private final String name;
  private final String rendered;

  LeaseTable(Dialect dialect, String name) {
    this.name = name;
    this.rendered = dialect.render(name);
  }

  String name() {
    return name;
  }

  void createIfAbsent(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // a primary key, as Galera replicates rows by it; renewed_at only informs people
      statement.execute(
          "CREATE TABLE IF NOT EXISTS "
              + rendered
              + " (id INT NOT NULL PRIMARY KEY, holder VARCHAR("
              + MAX_HOLDER
              + "), beat BIGINT NOT NULL, lease_ms BIGINT NOT NULL, renewed_at TIMESTAMP(3) NULL)");
    }
  }

  /** The lease row, or null if nobody ever claimed it. */
  Lease read(Connection connection) throws SQLException {
    String sql = "SELECT holder, beat, lease_ms FROM " + rendered + " WHERE id = " + ROW;
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      return result.next()
          ? new Lease(result.getString(1), result.getLong(2), result.getLong(3))
          : null;
    }
  }

  /**
   * The lease's holder if it renewed the lease within its lease time, as the server's clock
   * measures it, or null if the lease is free, expired, or the table absent. The renewal wrote
   * {@code renewed_at} with the clock of its own node: on a cluster whose clocks disagree by more
   * than the lease, a live holder can look expired, never the other way round for long.
   */
  String liveHolder(Connection connection) throws SQLException {
    String sql =
        "SELECT holder, TIMESTAMPDIFF(MICROSECOND, renewed_at, CURRENT_TIMESTAMP(3)) DIV 1000,"
            + " lease_ms FROM "
            + rendered
            + " WHERE id = "
            + ROW;
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      if (!result.next() || result.getString(1) == null) {
        return null;
      }
      return result.getLong(2) < result.getLong(3)
          ? result.getString(1) + ", holder of the lease in " + name
          : null;
    } catch (SQLException e) {
      if (e.getErrorCode() == NO_SUCH_TABLE) {
        return null;
      }
      throw e;
    }
  }

  /** Claims the lease that nobody ever claimed; false if another run claimed it first. */
  boolean insert(Connection connection, String holder, long leaseMillis) throws SQLException {
    String sql =
        "INSERT INTO "
            + rendered
            + " (id, holder, beat, lease_ms, renewed_at) VALUES ("
            + ROW
            + ", ?, 1, ?, CURRENT_TIMESTAMP(3))";
    return write(connection, sql, holder(holder), leaseMillis);
  }

  /** Claims the lease if its beat is still {@code beat}; false if another run wrote it since. */
  boolean claim(Connection connection, long beat, String holder, long leaseMillis)
      throws SQLException {
    String sql =
        "UPDATE "
            + rendered
            + " SET holder = ?, beat = beat + 1, lease_ms = ?, renewed_at = CURRENT_TIMESTAMP(3)"
            + " WHERE id = "
            + ROW
            + " AND beat = "
            + beat;
    return write(connection, sql, holder(holder), leaseMillis);
  }

  /** Renews the lease; false if {@code holder} no longer holds it. */
  boolean renew(Connection connection, String holder) throws SQLException {
    return updateHeld(connection, holder, "beat = beat + 1");
  }

  /** Frees the lease if {@code holder} still holds it. */
  void release(Connection connection, String holder) throws SQLException {
    updateHeld(connection, holder, "holder = NULL, beat = beat + 1");
  }

  // every change of a held lease raises the beat, so that waiters see it
  private boolean updateHeld(Connection connection, String holder, String changes)
      throws SQLException {
    String sql =
        "UPDATE "
            + rendered
            + " SET "
            + changes
            + ", renewed_at = CURRENT_TIMESTAMP(3) WHERE id = "
            + ROW
            + " AND holder = ?";
    return write(connection, sql, holder(holder), null);
  }

  private static boolean write(Connection connection, String sql, String holder, Long leaseMillis)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, holder);
      if (leaseMillis != null) {
        statement.setLong(2, leaseMillis);
      }
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      if (CONFLICTS.contains(e.getErrorCode())) {
        return false;
      }
      throw e;
    }
  }

  private static String holder(String holder) {
    return holder.substring(0, Math.min(holder.length(), MAX_HOLDER));
  }
}
