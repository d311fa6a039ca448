package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.jdbc.SqlErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sessions holding metadata locks on the current database's tables and views, where MySQL or
 * MariaDB names them: the performance schema's {@code metadata_locks} (on by default in MySQL 8, an
 * option of MariaDB's), or MariaDB's {@code METADATA_LOCK_INFO} plugin. The session a migration
 * waited for is then one of these, named exactly, with what it holds.
 */
final class MySqlMetadataLocks {

  // what the server offers: the performance schema (its MDL instrument may be off, which leaves
  // metadata_locks empty, so it is asked separately) and the plugin
  private static final String SOURCES =
      "SELECT @@performance_schema, (SELECT COUNT(*) FROM INFORMATION_SCHEMA.PLUGINS"
          + " WHERE PLUGIN_NAME = 'METADATA_LOCK_INFO' AND PLUGIN_STATUS = 'ACTIVE')";

  private static final String INSTRUMENTED =
      "SELECT COUNT(*) FROM performance_schema.setup_instruments"
          + " WHERE NAME = 'wait/lock/metadata/sql/mdl' AND ENABLED = 'YES'";

  private static final String PERFORMANCE_SCHEMA_HOLDERS =
      "SELECT t.PROCESSLIST_ID, t.PROCESSLIST_USER, t.PROCESSLIST_HOST, t.PROCESSLIST_TIME,"
          + " LEFT(t.PROCESSLIST_INFO, 120),"
          + " GROUP_CONCAT(DISTINCT m.OBJECT_NAME ORDER BY m.OBJECT_NAME SEPARATOR ', ')"
          + " FROM performance_schema.metadata_locks m JOIN performance_schema.threads t"
          + " ON t.THREAD_ID = m.OWNER_THREAD_ID"
          + " WHERE m.OBJECT_TYPE = 'TABLE' AND m.OBJECT_SCHEMA = DATABASE()"
          + " AND m.LOCK_STATUS = 'GRANTED' AND t.PROCESSLIST_ID <> CONNECTION_ID()"
          + " GROUP BY t.PROCESSLIST_ID, t.PROCESSLIST_USER, t.PROCESSLIST_HOST,"
          + " t.PROCESSLIST_TIME, t.PROCESSLIST_INFO"
          + " ORDER BY t.PROCESSLIST_TIME DESC LIMIT 5";

  // the plugin lists every user's locks, PROCESSLIST only the sessions the account may see
  private static final String PLUGIN_HOLDERS =
      "SELECT m.THREAD_ID, p.USER, p.HOST, p.TIME, LEFT(p.INFO, 120),"
          + " GROUP_CONCAT(DISTINCT m.TABLE_NAME ORDER BY m.TABLE_NAME SEPARATOR ', ')"
          + " FROM INFORMATION_SCHEMA.METADATA_LOCK_INFO m"
          + " LEFT JOIN INFORMATION_SCHEMA.PROCESSLIST p ON p.ID = m.THREAD_ID"
          + " WHERE m.TABLE_SCHEMA = DATABASE() AND m.THREAD_ID <> CONNECTION_ID()"
          + " GROUP BY m.THREAD_ID, p.USER, p.HOST, p.TIME, p.INFO"
          + " ORDER BY p.TIME DESC LIMIT 5";

  private MySqlMetadataLocks() {}

  /**
   * The holders as a sentence that says how to end one, or null where the server does not name them
   * (or not to this account).
   */
  static String describe(Connection connection) throws SQLException {
    boolean performanceSchema;
    boolean plugin;
    try (PreparedStatement statement = connection.prepareStatement(SOURCES);
        ResultSet row = statement.executeQuery()) {
      row.next();
      performanceSchema = row.getInt(1) == 1;
      plugin = row.getInt(2) > 0;
    }
    if (performanceSchema && instrumented(connection)) {
      return describe(connection, PERFORMANCE_SCHEMA_HOLDERS);
    }
    return plugin ? describe(connection, PLUGIN_HOLDERS) : null;
  }

  // the account may not read the performance schema: then it names nobody to this account
  private static boolean instrumented(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSTRUMENTED);
        ResultSet row = statement.executeQuery()) {
      return row.next() && row.getInt(1) > 0;
    } catch (SQLException e) {
      if (SqlErrors.permissionDenied(e)) {
        return false;
      }
      throw e;
    }
  }

  private static String describe(Connection connection, String sql) throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String user = rows.getString(2);
        long seconds = rows.getLong(4);
        boolean seen = !rows.wasNull();
        String query = rows.getString(5);
        found.add(
            "connection "
                + rows.getLong(1)
                + " ("
                + (user == null ? "another user's" : "user " + user + "@" + rows.getString(3))
                + (!seen
                    ? ""
                    : query == null
                        ? ", idle for " + seconds + " s"
                        : ", running a statement for " + seconds + " s: " + query.strip())
                + ", holding "
                + rows.getString(6)
                + ")");
      }
    }
    return found.isEmpty()
        ? "No other session holds a metadata lock on this database's tables or views now."
        : "Sessions holding metadata locks on this database's tables and views (end the one in"
            + " the way with KILL <connection>): "
            + String.join("; ", found)
            + ".";
  }
}
