package dev.strata.runtime.internal.history;

import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.jdbc.KeptStatements;
import dev.strata.runtime.internal.jdbc.SqlFunction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;

/**
 * The rows of the table that records which migrations of which sets this database has applied: one
 * row per migration, deleted when the migration is reverted. Where DDL commits at once, a row is
 * written before the migration's first statement, counts its finished statements, and says {@code
 * success = true} only when it finished. {@link HistorySetup} creates and checks the table.
 */
public final class HistoryTable {

  // what an outcome sets; the view records follow, a parameter or an expression that reads them
  private static final String APPLIED =
      "success = ?, run_state = NULL, statements_done = NULL, applied_at = ?, execution_ms = ?,"
          + " downgrade = ?, view_definitions = ";

  private final String name;
  private final Dialect dialect;
  // made on the first write, and kept: a Calendar per write was an eighth of applying on H2
  private Calendar utc;
  // the format found by HistorySetup: a read-only run reads a format 1 table as it is
  private int format = HistorySetup.FORMAT;
  // where a run keeps the statements of its writes; null to prepare each for its one use
  private KeptStatements kept;
  // the texts of the two writes of each migration where DDL commits at once, made on first use
  private String insertSql;
  private String appliedSql;

  public HistoryTable(String name, Dialect dialect) {
    this.name = name;
    this.dialect = dialect;
  }

  /** Whether rows store downgrades and view definitions (format 2 and above). */
  public boolean recordsDowngrades() {
    return format >= 2;
  }

  void format(int format) {
    this.format = format;
  }

  /** The table's name as configured, unqualified or {@code schema.table}. */
  public String name() {
    return name;
  }

  Dialect dialect() {
    return dialect;
  }

  /**
   * Has the writes of rows, and the read of whether one marks a run, keep their statements in
   * {@code kept} from now on, for the run that closes it at its end.
   */
  public void keepStatements(KeptStatements kept) {
    this.kept = kept;
  }

  /** Every migration row (not the marker row), sorted by set, then by version. */
  public List<HistoryRow> read(Connection connection) throws SQLException {
    String sql =
        "SELECT "
            + (recordsDowngrades() ? HistoryColumns.LIST : HistoryColumns.LIST_V1)
            + " FROM "
            + dialect.render(name)
            + " WHERE version > 0 ORDER BY migration_set, version";
    List<HistoryRow> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      // one calendar for all rows: creating one per row was a quarter of a no-op start's time
      Calendar utc = utc();
      while (result.next()) {
        HistoryRow row = row(result, utc);
        rows.add(
            recordsDowngrades() ? row.recording(result.getString(11), result.getString(12)) : row);
      }
    }
    return List.copyOf(rows);
  }

  private static HistoryRow row(ResultSet result, Calendar utc) throws SQLException {
    boolean success = result.getBoolean(8);
    String state = result.getString(9);
    int done = result.getInt(10);
    Integer statementsDone = result.wasNull() ? null : done;
    RunState runState = null;
    if (!success) {
      // a failed row that Strata did not write: treat it as a failure nothing undid
      runState = state == null ? RunState.UPGRADE_FAILED : RunState.valueOf(state);
    }
    return new HistoryRow(
        result.getString(1),
        result.getInt(2),
        result.getString(3),
        result.getString(4),
        result.getString(5),
        result.getTimestamp(6, utc).toInstant(),
        result.getLong(7),
        runState,
        statementsDone);
  }

  public void insert(Connection connection, HistoryRow row) throws SQLException {
    insert(connection, row, "");
  }

  /**
   * Inserts {@code row} and commits, in one round trip where the driver sends both statements
   * together (PostgreSQL's): a migration's transaction then costs no separate {@code COMMIT}. The
   * caller's {@code commit()} that follows finds no transaction open and sends nothing.
   */
  public void insertAndCommit(Connection connection, HistoryRow row) throws SQLException {
    insert(connection, row, "; COMMIT");
  }

  private void insert(Connection connection, HistoryRow row, String then) throws SQLException {
    if (insertSql == null) {
      insertSql =
          "INSERT INTO "
              + dialect.render(name)
              + " ("
              + HistoryColumns.LIST
              + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }
    PacketLimit.require(connection, dialect, row.downgrade(), row.views());
    String sql = then.isEmpty() ? insertSql : insertSql + then;
    prepared(
        connection,
        sql,
        statement -> {
          statement.setString(1, row.set());
          statement.setInt(2, row.version());
          statement.setString(3, row.description());
          statement.setString(4, row.checksum());
          statement.setString(5, row.installedBy());
          statement.setTimestamp(6, Timestamp.from(row.appliedAt()), calendar());
          statement.setLong(7, row.executionMillis());
          statement.setBoolean(8, row.success());
          statement.setString(9, row.runState() == null ? null : row.runState().name());
          statement.setObject(10, row.statementsDone(), Types.INTEGER);
          statement.setString(11, row.downgrade());
          statement.setString(12, row.views());
          return statement.executeUpdate();
        });
  }

  /** Marks a row as running, failed ({@code state} not null), or finished ({@code state} null). */
  public void mark(Connection connection, String set, int version, RunState state, Integer done)
      throws SQLException {
    update(
        connection,
        updateSql("success = ?, run_state = ?, statements_done = ?"),
        set,
        version,
        statement -> {
          statement.setBoolean(1, state == null);
          statement.setString(2, state == null ? null : state.name());
          statement.setObject(3, done, Types.INTEGER);
          return 4;
        });
  }

  public void progress(Connection connection, String set, int version, int done)
      throws SQLException {
    update(
        connection,
        updateSql("statements_done = ?"),
        set,
        version,
        statement -> {
          statement.setInt(1, done);
          return 2;
        });
  }

  /** Marks the row of {@code applied} finished, with its time and what format 2 stores. */
  public void markApplied(Connection connection, HistoryRow applied) throws SQLException {
    if (appliedSql == null) {
      appliedSql = updateSql(APPLIED + "?");
    }
    markApplied(connection, applied, appliedSql, Collections.singletonList(applied.views()));
  }

  /**
   * Marks the row of {@code applied} finished, as {@link #markApplied(Connection, HistoryRow)}
   * does, with the view records that {@code views} has the database write (those of {@code applied}
   * are not used): the definitions are read by this statement, in its round trip.
   */
  public void markApplied(Connection connection, HistoryRow applied, ViewRecordsSql views)
      throws SQLException {
    markApplied(connection, applied, updateSql(APPLIED + views.expression()), views.parameters());
  }

  private void markApplied(
      Connection connection, HistoryRow applied, String sql, List<String> viewsParameters)
      throws SQLException {
    List<String> texts = new ArrayList<>(viewsParameters);
    texts.add(applied.downgrade());
    PacketLimit.require(connection, dialect, texts.toArray(String[]::new));
    update(
        connection,
        sql,
        applied.set(),
        applied.version(),
        statement -> {
          statement.setBoolean(1, true);
          statement.setTimestamp(2, Timestamp.from(applied.appliedAt()), calendar());
          statement.setLong(3, applied.executionMillis());
          statement.setString(4, applied.downgrade());
          int next = 5;
          for (String parameter : viewsParameters) {
            statement.setString(next++, parameter);
          }
          return next;
        });
  }

  /**
   * The views there were when the table took format 2, as {@link ViewRecords} encodes them: kept in
   * the marker row, the base on which the rows' own records are laid.
   */
  public String baseline(Connection connection) throws SQLException {
    String sql =
        "SELECT view_definitions FROM "
            + dialect.render(name)
            + " WHERE migration_set = ? AND version = 0";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, HistorySetup.MARKER_SET);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? result.getString(1) : null;
      }
    }
  }

  /** Writes {@code format} and the {@link #baseline} into the marker row. */
  void reformat(Connection connection, int format, String views) throws SQLException {
    update(
        connection,
        updateSql("checksum = ?, view_definitions = ?"),
        HistorySetup.MARKER_SET,
        0,
        statement -> {
          statement.setString(1, Integer.toString(format));
          statement.setString(2, views);
          return 3;
        });
  }

  /** Replaces the marker row's {@link #baseline}. */
  public void rebase(Connection connection, String views) throws SQLException {
    rerecord(connection, HistorySetup.MARKER_SET, 0, views);
  }

  /** Replaces the view records ({@link ViewRecords}) of the row of {@code version}. */
  public void rerecord(Connection connection, String set, int version, String views)
      throws SQLException {
    update(
        connection,
        updateSql("view_definitions = ?"),
        set,
        version,
        statement -> {
          statement.setString(1, views);
          return 2;
        });
  }

  /**
   * Whether the row of {@code version} is marked running (its outcome not written, or a rollback
   * undid it); false if it is marked finished or there is none.
   */
  public boolean marksRunning(Connection connection, String set, int version) throws SQLException {
    String sql =
        "SELECT run_state FROM "
            + dialect.render(name)
            + " WHERE migration_set = ? AND version = ?";
    return prepared(
        connection,
        sql,
        statement -> {
          statement.setString(1, set);
          statement.setInt(2, version);
          try (ResultSet result = statement.executeQuery()) {
            return result.next() && result.getString(1) != null;
          }
        });
  }

  public void delete(Connection connection, String set, int version) throws SQLException {
    requireOneRow(deleteIfPresent(connection, set, version), set, version);
  }

  /**
   * Deletes the row of {@code version} if there is one: a run's row that its rollback may have
   * removed already, since it was never committed. Returns the rows deleted, 0 or 1.
   */
  public int deleteIfPresent(Connection connection, String set, int version) throws SQLException {
    String sql = "DELETE FROM " + dialect.render(name) + " WHERE migration_set = ? AND version = ?";
    return prepared(
        connection,
        sql,
        statement -> {
          statement.setString(1, set);
          statement.setInt(2, version);
          return statement.executeUpdate();
        });
  }

  /** The {@code UPDATE} of one row, by set and version, that {@link #update} sends. */
  private String updateSql(String assignments) {
    return "UPDATE "
        + dialect.render(name)
        + " SET "
        + assignments
        + " WHERE migration_set = ? AND version = ?";
  }

  /**
   * Sends {@code sql}, an {@link #updateSql}; {@code values} sets the parameters of its SET clause
   * and returns the next one's index.
   */
  private void update(
      Connection connection,
      String sql,
      String set,
      int version,
      SqlFunction<PreparedStatement, Integer> values)
      throws SQLException {
    prepared(
        connection,
        sql,
        statement -> {
          int next = values.apply(statement);
          statement.setString(next, set);
          statement.setInt(next + 1, version);
          requireOneRow(statement.executeUpdate(), set, version);
          return null;
        });
  }

  /** Does {@code work} with {@code sql} prepared, kept for the run where it keeps statements. */
  private <T> T prepared(Connection connection, String sql, SqlFunction<PreparedStatement, T> work)
      throws SQLException {
    if (kept == null) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        return work.apply(statement);
      }
    }
    return kept.use(connection, sql, work);
  }

  private void requireOneRow(int count, String set, int version) throws SQLException {
    if (count != 1) {
      // another process changed it meanwhile: the migration must not count twice
      throw new SQLException("No row for version " + version + " of set " + set + " in " + name);
    }
  }

  // one run's table is used by that run's thread alone, so one Calendar serves all its writes
  private Calendar calendar() {
    if (utc == null) {
      utc = utc();
    }
    return utc;
  }

  // the column has no time zone: store UTC so that readers in any zone agree on the instant
  private static Calendar utc() {
    return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  }
}
