package dev.strata.runtime.internal.history;

import dev.strata.runtime.internal.dialect.Dialect;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The history table's columns, stated once: their names, the widths that the code checks values
 * against, and the {@code CREATE TABLE} that declares them.
 */
public final class HistoryColumns {

  /** The width of {@code migration_set}: no set name may be longer. */
  public static final int MAX_SET = 100;

  /** The width of {@code description}. */
  private static final int MAX_DESCRIPTION = 200;

  /** The width of {@code checksum}: no checksum may be longer. */
  public static final int MAX_CHECKSUM = 64;

  /** The width of {@code installed_by}. */
  private static final int MAX_USER = 100;

  private static final int MAX_RUN_STATE = 20;

  /** The columns of history format 1, in the order of the table. */
  static final String LIST_V1 =
      "migration_set, version, description, checksum, installed_by, applied_at, execution_ms,"
          + " success, run_state, statements_done";

  /**
   * The columns that format 2 adds: the migration's downgrade as a stored operation log, and the
   * definitions of the views it wrote as the database reported them (see {@link ViewRecords}).
   */
  static final String ADDED_V2 = "downgrade, view_definitions";

  /** Every column, in the order of the table and of the statements that read and write rows. */
  static final String LIST = LIST_V1 + ", " + ADDED_V2;

  private HistoryColumns() {}

  /** The columns of {@link #LIST}, sorted, as a table's own columns are compared with them. */
  static Set<String> names() {
    return names(LIST);
  }

  /** The columns of a format 1 table. */
  static Set<String> namesV1() {
    return names(LIST_V1);
  }

  private static Set<String> names(String list) {
    Set<String> columns = new TreeSet<>();
    for (String column : list.split(",")) {
      columns.add(column.strip());
    }
    return Set.copyOf(columns);
  }

  /** A migration's description, cut to its column: it only informs people, not worth failing. */
  public static String description(String description) {
    return cut(description, MAX_DESCRIPTION);
  }

  /** The database user, cut to its column: who applied a migration is informative only. */
  public static String installedBy(String user) {
    return user == null ? null : cut(user, MAX_USER);
  }

  static String createTable(Dialect dialect, String table) {
    return "CREATE TABLE "
        + (dialect.createTableIfNotExists() ? "IF NOT EXISTS " : "")
        + dialect.render(table)
        + " (migration_set VARCHAR("
        + MAX_SET
        + ") NOT NULL, version INT NOT NULL, description VARCHAR("
        + MAX_DESCRIPTION
        + ") NOT NULL, checksum VARCHAR("
        + MAX_CHECKSUM
        + ") NOT NULL, installed_by VARCHAR("
        + MAX_USER
        + "), applied_at "
        + dialect.timestampType()
        + " NOT NULL, execution_ms BIGINT NOT NULL, success BOOLEAN NOT NULL, run_state VARCHAR("
        + MAX_RUN_STATE
        + "), statements_done INT, downgrade "
        + dialect.textType()
        + ", view_definitions "
        + dialect.textType()
        + ", PRIMARY KEY (migration_set, version))";
  }

  /** The statements that give a format 1 table the columns of format 2, both nullable. */
  static List<String> addV2(Dialect dialect, String table) {
    String alter = "ALTER TABLE " + dialect.render(table) + " ADD COLUMN ";
    return List.of(
        alter + "downgrade " + dialect.textType(),
        alter + "view_definitions " + dialect.textType());
  }

  private static String cut(String value, int width) {
    return value.substring(0, Math.min(value.length(), width));
  }
}
