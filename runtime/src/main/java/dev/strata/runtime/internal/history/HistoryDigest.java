package dev.strata.runtime.internal.history;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.internal.catalog.SchemaAccess;
import dev.strata.runtime.internal.catalog.TableColumns;
import dev.strata.runtime.internal.catalog.TableRef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What a start needs to know that nothing is pending, read in one query and compared row by row
 * with the code's migrations as it is read: for each set of the code, how many versions the history
 * holds, each finished with the code's checksum; and the table's format, from its marker row. It
 * reads no timestamp and no description, keeps no row, and asks the catalog nothing (but where the
 * dialect reads only tables known to exist, H2 in files): a table without Strata's marker row of
 * this format, or one the query cannot read, makes no digest, and the caller takes the full path,
 * which checks the table and says what is wrong with it.
 */
public final class HistoryDigest {

  /** What a set's rows cannot be summed up by: the full path must judge them. */
  public static final int UNSETTLED = -1;

  private final int[] applied;

  private HistoryDigest(int[] applied) {
    this.applied = applied;
  }

  /**
   * The digest of {@code table} against the code's sets, or null if the query fails (no table yet,
   * another tool's), the table lacks a marker row of this runtime's format, or the session may not
   * use its schema. Call it with auto-commit on: a failed query must not spoil a transaction.
   *
   * @param sets the names of the code's sets
   * @param migrations each set's migrations, versions 1 to n in order, as {@code sets}
   */
  public static HistoryDigest read(
      Connection connection,
      HistoryTable table,
      List<String> sets,
      List<List<MigrationDescriptor>> migrations) {
    String guard = SchemaAccess.usableColumn(table.dialect());
    // no ORDER BY: the rows are compared in any order, so the database may scan the table as it
    // lies rather than walk the key's index and fetch each row from the table (H2)
    String select =
        "SELECT migration_set, version, checksum, success"
            + (guard == null ? "" : ", " + guard)
            + " FROM "
            + table.dialect().render(table.name());
    try (Statement statement = connection.createStatement()) {
      if (table.dialect().readsOnlyExistingTables() && !exists(connection, table)) {
        return null;
      }
      // no result: the dialect found no table, where the query alone would have failed
      if (!statement.execute(table.dialect().readIfPresent(table.name(), select))) {
        return null;
      }
      try (ResultSet rows = statement.getResultSet()) {
        return digest(rows, guard != null, sets, migrations);
      }
    } catch (SQLException e) {
      return null;
    }
  }

  private static boolean exists(Connection connection, HistoryTable table) throws SQLException {
    return TableColumns.exists(
        connection, table.dialect(), TableRef.locate(connection, table.dialect(), table.name()));
  }

  /**
   * Counts each set's finished rows whose checksum is the code's, and its highest version; a row
   * that did not finish, differs from the code or lies beyond it unsettles its set. The primary key
   * holds each version once, so a set of k rows whose highest version is k has versions 1 to k.
   */
  private static HistoryDigest digest(
      ResultSet rows,
      boolean guarded,
      List<String> sets,
      List<List<MigrationDescriptor>> migrations)
      throws SQLException {
    int[] counted = new int[sets.size()];
    int[] highest = new int[sets.size()];
    boolean marked = false;
    String set = null;
    int at = -1;
    List<MigrationDescriptor> code = null;
    while (rows.next()) {
      if (guarded && !rows.getBoolean(5)) {
        return null;
      }
      String rowSet = rows.getString(1);
      int version = rows.getInt(2);
      if (version == 0 && HistorySetup.MARKER_SET.equals(rowSet)) {
        marked = Integer.toString(HistorySetup.FORMAT).equals(rows.getString(3).strip());
        continue;
      }
      if (!rowSet.equals(set)) {
        set = rowSet;
        at = sets.indexOf(rowSet);
        code = at < 0 ? null : migrations.get(at);
      }
      // rows of a set the code lacks do not decide this start
      if (at < 0 || counted[at] == UNSETTLED) {
        continue;
      }
      if (version < 1
          || version > code.size()
          || !rows.getBoolean(4)
          || !code.get(version - 1).checksum().equals(rows.getString(3))) {
        counted[at] = UNSETTLED;
        continue;
      }
      counted[at]++;
      highest[at] = Math.max(highest[at], version);
    }
    if (!marked) {
      return null;
    }
    for (int i = 0; i < counted.length; i++) {
      // a gap: for the full path to report
      counted[i] = counted[i] == highest[i] ? counted[i] : UNSETTLED;
    }
    return new HistoryDigest(counted);
  }

  /**
   * How many versions of the set at {@code index} in the code the history holds: k if its rows are
   * exactly versions 1 to k, each finished with the code's checksum, 0 for a set with no row;
   * {@link #UNSETTLED} for a set whose rows the full path must judge.
   */
  public int applied(int index) {
    return applied[index];
  }
}
