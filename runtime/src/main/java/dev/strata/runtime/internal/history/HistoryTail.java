package dev.strata.runtime.internal.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The end of one set's history, read through the primary key: what a run that took the lock for its
 * next migration checks to see that no other run moved the history meanwhile, at a cost that does
 * not grow with the history.
 */
public final class HistoryTail {

  private HistoryTail() {}

  /**
   * Whether the history of {@code set} ends at version {@code version}, finished and with {@code
   * checksum}; for version 0, whether the set has no row.
   */
  public static boolean endsAt(
      Connection connection, HistoryTable table, String set, int version, String checksum)
      throws SQLException {
    String sql =
        "SELECT version, checksum, success FROM "
            + table.dialect().render(table.name())
            + " WHERE migration_set = ? AND version >= ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, set);
      statement.setInt(2, Math.max(version, 1));
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return version == 0;
        }
        boolean last =
            rows.getInt(1) == version && rows.getBoolean(3) && rows.getString(2).equals(checksum);
        return last && !rows.next();
      }
    }
  }
}
