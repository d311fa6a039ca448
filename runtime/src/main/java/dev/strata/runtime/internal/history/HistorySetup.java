package dev.strata.runtime.internal.history;

import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.catalog.TableColumns;
import dev.strata.runtime.internal.catalog.TableRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds, checks and creates the history table. The table carries a marker row (version 0, set
 * {@value #MARKER_SET}) whose checksum is the table's format, so that a table written by a newer
 * Strata is told apart from one written by another tool; on H2 the marker row is also the lock.
 */
public final class HistorySetup {

  public static final String MARKER_SET = "<strata>";

  /**
   * The format of the table this runtime writes; a newer Strata that changes it raises it. Format 2
   * added the stored downgrade and the view definitions; a run that may write upgrades a format 1
   * table in place, a read-only run reads it as it is.
   */
  static final int FORMAT = 2;

  private static final Set<String> COLUMNS = HistoryColumns.names();

  private static final Set<String> COLUMNS_V1 = HistoryColumns.namesV1();

  private final HistoryTable table;
  // what check() found, for createIfAbsent() not to ask again: null before it, or after it found a
  // table to upgrade
  private Boolean checkedExists;
  // where check() was told the table lives, for creating it not to ask the session's schema again
  private TableRef where;

  public HistorySetup(HistoryTable table) {
    this.table = table;
  }

  boolean exists(Connection connection) throws SQLException {
    return TableColumns.exists(connection, table.dialect(), located(connection));
  }

  /** Where the table lives: as {@link #check} was told, or asked now. */
  private TableRef located(Connection connection) throws SQLException {
    return where != null ? where : TableRef.locate(connection, table.dialect(), table.name());
  }

  /**
   * Fails unless the table, if it exists, is one this runtime can read and write; to be called with
   * auto-commit on, since a failed probe would spoil a transaction.
   *
   * @param where where the table lives, located once for the run
   * @param marked whether the history's digest, read through the session's search path, found the
   *     marker row of this format: then a table found at {@code where} is the one it read, since
   *     unqualified names resolve in the session's schema first, and its format is not asked again
   * @return whether the table exists
   */
  public boolean check(Connection connection, TableRef where, boolean marked) throws SQLException {
    this.where = where;
    checkedExists = null;
    Set<String> found = TableColumns.of(connection, table.dialect(), where);
    if (found == null) {
      checkedExists = false;
      return false;
    }
    Integer format =
        !found.containsAll(Set.of("migration_set", "version", "checksum"))
            ? null
            : marked ? Integer.valueOf(FORMAT) : format(connection);
    if (format != null && format > FORMAT) {
      throw new StrataException(newerFormat(format));
    }
    boolean formatOne = format != null && format == 1 && found.equals(COLUMNS_V1);
    if (!formatOne && !found.equals(COLUMNS)) {
      throw new StrataException(foreignTable(found));
    }
    table.format(formatOne ? 1 : FORMAT);
    // a table of this format with its marker row: nothing to create, and no run removes them
    checkedExists = formatOne || format == null ? null : true;
    return true;
  }

  /**
   * Whether {@link #check} found the table of this format with its marker row: nothing to create,
   * and no run removes them, so that creating needs neither the lock nor another look.
   */
  public boolean complete() {
    return Boolean.TRUE.equals(checkedExists);
  }

  /**
   * Creates the table and its marker row unless they exist; safe when others do it at once, with
   * auto-commit on: a failure is ignored if another run created what failed meanwhile. What {@link
   * #check} just found is not asked again: a table it found complete stays so, and one it found
   * absent is created, or found created by another run when creating it fails.
   */
  public void createIfAbsent(Connection connection, String installedBy) throws SQLException {
    if (Boolean.TRUE.equals(checkedExists)) {
      return;
    }
    create(connection, installedBy, true, Boolean.FALSE.equals(checkedExists));
  }

  /**
   * Creates the table and its marker row unless they exist, in a transaction that holds the
   * migration lock, so that no other run creates them at once: a failure is this run's own, and
   * re-checking in the failed transaction would only hide it.
   */
  public void createLocked(Connection connection, String installedBy) throws SQLException {
    create(connection, installedBy, false, false);
  }

  /**
   * @param absent whether the table was just found absent: then it is created without asking
   */
  private void create(Connection connection, String installedBy, boolean concurrent, boolean absent)
      throws SQLException {
    boolean created = false;
    if (absent || !exists(connection)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(HistoryColumns.createTable(table.dialect(), table.name()));
        created = true;
      } catch (SQLException e) {
        if (!concurrent || !exists(connection)) {
          throw e;
        }
      }
    }
    // a table this run created has no marker row yet; one that another run inserts meanwhile
    // makes the insert below fail, which then finds it
    Integer format = created ? null : format(connection);
    if (format == null) {
      try {
        table.insert(connection, marker(installedBy).recording(null, baseline(connection)));
      } catch (SQLException e) {
        // another run inserted it at the same time
        if (!concurrent || format(connection) == null) {
          throw e;
        }
      }
    } else if (format < FORMAT) {
      upgradeInPlace(connection, concurrent);
    }
  }

  /**
   * Gives a format 1 table the columns of format 2 and records in its marker row the views there
   * are now, which no row recorded: drift is told from then on. Runs again safely, as a run killed
   * between the statements (DDL that commits at once) leaves it half done.
   */
  private void upgradeInPlace(Connection connection, boolean concurrent) throws SQLException {
    List<String> added = HistoryColumns.addV2(table.dialect(), table.name());
    List<String> names = List.of("downgrade", "view_definitions");
    for (int i = 0; i < added.size(); i++) {
      if (columns(connection).contains(names.get(i))) {
        continue;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute(added.get(i));
      } catch (SQLException e) {
        // another run added it at the same time
        if (!concurrent || !columns(connection).contains(names.get(i))) {
          throw e;
        }
      }
    }
    table.format(FORMAT);
    table.reformat(connection, FORMAT, baseline(connection));
  }

  private String baseline(Connection connection) throws SQLException {
    LiveViews live = LiveViews.of(connection, table.dialect());
    return ViewRecords.encode(live.all(Set.of(live.currentSchema())));
  }

  private static HistoryRow marker(String installedBy) {
    return HistoryRow.applied(
        MARKER_SET,
        0,
        "Strata history table format; the lock row on H2",
        Integer.toString(FORMAT),
        installedBy,
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        0);
  }

  /** The format in the marker row, or null if there is none or it cannot be read. */
  private Integer format(Connection connection) throws SQLException {
    String sql =
        "SELECT checksum FROM "
            + table.dialect().render(table.name())
            + " WHERE migration_set = ? AND version = 0";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, MARKER_SET);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? Integer.valueOf(result.getString(1).strip()) : null;
      }
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The table's column names, in lower case; none if there is no table. */
  Set<String> columns(Connection connection) throws SQLException {
    Set<String> found = TableColumns.of(connection, table.dialect(), located(connection));
    return found == null ? Set.of() : found;
  }

  private String newerFormat(int format) {
    return "The history table "
        + table.name()
        + " was written by a newer Strata (history format "
        + format
        + "; this runtime knows format "
        + FORMAT
        + "). Upgrade strata-runtime to the version that wrote it, or use another history table.";
  }

  private String foreignTable(Set<String> found) {
    return "The table "
        + table.name()
        + " exists but is not a Strata history table: it has the columns "
        + new TreeSet<>(found)
        + ", where Strata expects "
        + new TreeSet<>(COLUMNS)
        + ". Another tool wrote it, or a Strata of another format. Choose another history table"
        + " with Configuration.historyTable(...), or rename that table.";
  }
}
