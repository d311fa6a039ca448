package dev.strata.runtime.internal.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Writes an applied migration's row on PostgreSQL with the definitions of the views it wrote read
 * in the same statement ({@link ViewRecordsQuery}), and commits: one round trip where reading the
 * views first and then writing the row took two. The {@code search_path} is set to the views'
 * schema for the read and back before the commit, in that round trip too.
 */
public final class PostgresRowInsert {

  private static final String READ_AS_SCHEMA =
      "SELECT set_config('search_path', quote_ident(?), false)";
  private static final String SET_BACK = "SELECT set_config('search_path', ?, false)";

  private PostgresRowInsert() {}

  /**
   * Inserts {@code row}, its view records computed by {@code views}, and commits.
   *
   * @param schema the schema of the views {@code views} reads
   * @param searchPath the session's {@code search_path}, set back after the read
   * @return the row as stored, with the view records the database computed
   */
  public static HistoryRow insertAndCommit(
      Connection connection,
      HistoryTable table,
      HistoryRow row,
      ViewRecordsQuery views,
      String schema,
      String searchPath)
      throws SQLException {
    String sql =
        READ_AS_SCHEMA
            + "; INSERT INTO "
            + table.dialect().render(table.name())
            + " ("
            + HistoryColumns.LIST
            + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + views.sql()
            + " RETURNING view_definitions; "
            + SET_BACK
            + "; COMMIT";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, schema);
      statement.setString(2, row.set());
      statement.setInt(3, row.version());
      statement.setString(4, row.description());
      statement.setString(5, row.checksum());
      statement.setString(6, row.installedBy());
      // the column has no time zone: UTC, as HistoryTable writes and reads it
      statement.setTimestamp(
          7, Timestamp.from(row.appliedAt()), Calendar.getInstance(TimeZone.getTimeZone("UTC")));
      statement.setLong(8, row.executionMillis());
      statement.setBoolean(9, row.success());
      statement.setString(10, row.runState() == null ? null : row.runState().name());
      statement.setObject(11, row.statementsDone(), Types.INTEGER);
      statement.setString(12, row.downgrade());
      statement.setString(views.bind(statement, 13), searchPath);
      // the driver sends all four statements at once; the inserted row is the second result
      statement.execute();
      statement.getMoreResults();
      try (ResultSet stored = statement.getResultSet()) {
        stored.next();
        return row.recording(row.downgrade(), stored.getString(1));
      }
    }
  }
}
