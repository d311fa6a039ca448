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
 * in the same statement ({@link ViewRecordsQuery}), and commits, all in one round trip with the
 * migration's last statement: where executing it, reading the views and writing the row took three.
 * The {@code search_path} is set to the views' schema for the read, in that round trip too, and for
 * the transaction only: the {@code COMMIT} sets it back, and so does a rollback. The driver sends
 * the statements of one text together, and the server skips all that follow a failed one: a failed
 * last statement leaves no row and commits nothing.
 */
public final class PostgresRowInsert {

  // local to the transaction, so no statement sets it back: one statement fewer per migration, and
  // the session's path is back whether the transaction commits or not
  private static final String READ_AS_SCHEMA =
      "SELECT set_config('search_path', quote_ident(?), true)";

  private PostgresRowInsert() {}

  /**
   * Executes {@code last}, inserts {@code row}, its view records computed by {@code views}, and
   * commits.
   *
   * @param last the migration's last statement, not yet executed; null if none is left
   * @param schema the schema of the views {@code views} reads; null if it reads none
   * @param then statements to send after the {@code COMMIT}, in the same round trip; null for none
   * @return the row as stored, with the view records the database computed
   */
  public static HistoryRow insertAndCommit(
      Connection connection,
      HistoryTable table,
      String last,
      HistoryRow row,
      ViewRecordsQuery views,
      String schema,
      FollowingStatements then)
      throws SQLException {
    String sql =
        // a newline first: the statement may end in a line comment
        (last == null ? "" : last + "\n; ")
            + (schema == null ? "" : READ_AS_SCHEMA + "; ")
            + "INSERT INTO "
            + table.dialect().render(table.name())
            + " ("
            + HistoryColumns.LIST
            + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + views.sql()
            + " RETURNING view_definitions; "
            + "COMMIT"
            + (then == null ? "" : "; " + then.sql());
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int first = 1;
      if (schema != null) {
        statement.setString(first++, schema);
      }
      statement.setString(first, row.set());
      statement.setInt(first + 1, row.version());
      statement.setString(first + 2, row.description());
      statement.setString(first + 3, row.checksum());
      statement.setString(first + 4, row.installedBy());
      // the column has no time zone: UTC, as HistoryTable writes and reads it
      statement.setTimestamp(
          first + 5,
          Timestamp.from(row.appliedAt()),
          Calendar.getInstance(TimeZone.getTimeZone("UTC")));
      statement.setLong(first + 6, row.executionMillis());
      statement.setBoolean(first + 7, row.success());
      statement.setString(first + 8, row.runState() == null ? null : row.runState().name());
      statement.setObject(first + 9, row.statementsDone(), Types.INTEGER);
      statement.setString(first + 10, row.downgrade());
      int next = views.bind(statement, first + 11);
      if (then != null) {
        then.bind(statement, next);
      }
      // the driver sends all statements at once; the row comes after the results before the INSERT
      statement.execute();
      int before = (last == null ? 0 : 1) + (schema == null ? 0 : 1);
      for (int i = 0; i < before; i++) {
        statement.getMoreResults();
      }
      HistoryRow stored;
      try (ResultSet inserted = statement.getResultSet()) {
        inserted.next();
        stored = row.recording(row.downgrade(), inserted.getString(1));
      }
      if (then != null) {
        // past the COMMIT
        statement.getMoreResults();
        then.read(statement);
      }
      return stored;
    }
  }
}
