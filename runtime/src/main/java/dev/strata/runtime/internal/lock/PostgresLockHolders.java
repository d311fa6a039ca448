package dev.strata.runtime.internal.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's sessions holding locks on objects of the current schema, longest in their
 * transaction first: the one in the way is among them (PostgreSQL cannot name the blocker of a
 * statement that no longer waits).
 */
final class PostgresLockHolders implements LockHolders {

  static final LockHolders INSTANCE = new PostgresLockHolders();

  private static final String HOLDERS =
      "SELECT a.pid, a.usename, a.application_name, a.state,"
          + " CAST(EXTRACT(EPOCH FROM now() - a.xact_start) AS bigint), left(a.query, 120)"
          + " FROM pg_stat_activity a WHERE a.pid <> pg_backend_pid() AND EXISTS (SELECT 1 FROM"
          + " pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.pid = a.pid AND l.granted"
          + " AND c.relnamespace = to_regnamespace(current_schema()))"
          + " ORDER BY a.xact_start LIMIT 5";

  private PostgresLockHolders() {}

  @Override
  public String describe(Connection connection) throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(HOLDERS);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        found.add(
            "pid "
                + rows.getInt(1)
                + " (user "
                + rows.getString(2)
                + (rows.getString(3) == null || rows.getString(3).isEmpty()
                    ? ""
                    : ", application " + rows.getString(3))
                + ", "
                + rows.getString(4)
                + (rows.getObject(5) == null
                    ? ""
                    : ", in a transaction for " + rows.getLong(5) + " s")
                + (rows.getString(6) == null ? "" : ": " + rows.getString(6).strip())
                + ")");
      }
    }
    return found.isEmpty()
        ? "No session holds a lock on this schema's objects now."
        : "Sessions holding locks on this schema's objects, longest first (end the one in the way"
            + " with pg_terminate_backend(pid)): "
            + String.join("; ", found)
            + ".";
  }

  @Override
  public String bound() {
    return "PostgreSQL's lock_timeout, which Strata sets for its own transactions";
  }
}
