package dev.strata.runtime.internal.history;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.catalog.DependentView;
import dev.strata.runtime.internal.dialect.Dialect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The definitions of the views that one migration run dropped because they read what it changes,
 * though no migration declared them (a DBA's report view), kept in a table of Strata's own beside
 * the history table until the run created them again. Only where DDL commits at once: there a
 * process killed between the drop and the restore would otherwise lose the view, whose definition
 * was only in its log. The table is created when first needed and never read by a run that saved
 * nothing, so the history table and its format stay as they were.
 *
 * <p>Each view is saved with the head of its {@code CREATE} statement ({@code CREATE SQL SECURITY
 * INVOKER VIEW ...} on MySQL and MariaDB, with MariaDB's {@code ALGORITHM = ...} first where it is
 * not {@code UNDEFINED}), so that it comes back with the privileges it ran with. A table left by an
 * older Strata, without the {@code head} column, gains it when a view is next saved; its rows
 * without one come back with the database's defaults, as they did.
 */
public final class SavedViewTable {

  // MySQL refuses longer names
  private static final int MAX_NAME = 64;
  private static final String SUFFIX = "_saved_views";
  private static final String HEAD = "head";
  // a quoted name with CREATE DEFINER = ... SQL SECURITY DEFINER VIEW before it; null: the default
  private static final String HEAD_TYPE = "VARCHAR(" + DependentView.MAX_HEAD + ")";

  private final Dialect dialect;
  private final String name;
  private final String rendered;
  private final String set;
  private final int version;

  private SavedViewTable(Dialect dialect, String name, String set, int version) {
    this.dialect = dialect;
    this.name = name;
    this.rendered = dialect.render(name);
    this.set = set;
    this.version = version;
  }

  /**
   * The saved views of migration {@code version} of {@code set}; null where DDL is transactional,
   * since there the drop and the restore commit together or not at all.
   */
  public static SavedViewTable forRun(HistoryTable history, String set, int version) {
    Dialect dialect = history.dialect();
    if (dialect.transactionalDdl()) {
      return null;
    }
    return new SavedViewTable(dialect, tableName(history.name()), set, version);
  }

  /**
   * The table beside {@code historyTable}: its name with a suffix, hashed where it would be long.
   */
  static String tableName(String historyTable) {
    int dot = historyTable.indexOf('.');
    String schema = dot < 0 ? "" : historyTable.substring(0, dot + 1);
    String table = historyTable.substring(dot + 1);
    String name = table + SUFFIX;
    if (name.length() > MAX_NAME) {
      name = table.substring(0, 40) + "_" + HexFormat.of().formatHex(sha256(table), 0, 5) + SUFFIX;
    }
    return schema + name;
  }

  public String name() {
    return name;
  }

  /**
   * Saves {@code view} as the migration's last dropped view, replacing what a run saved of it
   * before; the caller commits, before it drops the view.
   */
  public void save(Connection connection, DependentView view) throws SQLException {
    createIfAbsent(connection);
    delete(connection, view);
    int position = nextPosition(connection);
    String sql =
        "INSERT INTO "
            + rendered
            + " (migration_set, version, position, view_schema, view_name, quoted, definition, "
            + HEAD
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, set);
      statement.setInt(2, version);
      statement.setInt(3, position);
      statement.setString(4, view.schema());
      statement.setString(5, view.name());
      statement.setString(6, view.quoted());
      statement.setString(7, view.definition());
      statement.setString(8, view.head());
      statement.executeUpdate();
    }
  }

  /** The views this migration's runs saved and did not restore, in the order they were dropped. */
  public List<DependentView> read(Connection connection) throws SQLException {
    if (!exists(connection)) {
      return List.of();
    }
    boolean withHead = hasHead(connection);
    String sql =
        "SELECT view_schema, view_name, quoted, definition"
            + (withHead ? ", " + HEAD : "")
            + " FROM "
            + rendered
            + " WHERE migration_set = ? AND version = ? ORDER BY position";
    List<DependentView> views = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, set);
      statement.setInt(2, version);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          DependentView view =
              new DependentView(
                  result.getString(1),
                  result.getString(2),
                  result.getString(3),
                  result.getString(4));
          String head = withHead ? result.getString(5) : null;
          views.add(
              head == null
                  ? view
                  : new DependentView(
                      view.schema(), view.name(), view.quoted(), view.definition(), head));
        }
      }
    }
    return List.copyOf(views);
  }

  /** Forgets every view of this migration, once they exist again; the caller commits. */
  public void clear(Connection connection) throws SQLException {
    if (!exists(connection)) {
      return;
    }
    String sql = "DELETE FROM " + rendered + " WHERE migration_set = ? AND version = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, set);
      statement.setInt(2, version);
      statement.executeUpdate();
    }
  }

  private int nextPosition(Connection connection) throws SQLException {
    String sql =
        "SELECT COALESCE(MAX(position), 0) + 1 FROM "
            + rendered
            + " WHERE migration_set = ? AND version = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, set);
      statement.setInt(2, version);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  private void delete(Connection connection, DependentView view) throws SQLException {
    String sql =
        "DELETE FROM "
            + rendered
            + " WHERE migration_set = ? AND version = ? AND view_schema = ? AND view_name = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, set);
      statement.setInt(2, version);
      statement.setString(3, view.schema());
      statement.setString(4, view.name());
      statement.executeUpdate();
    }
  }

  private void createIfAbsent(Connection connection) throws SQLException {
    if (exists(connection)) {
      if (!hasHead(connection)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("ALTER TABLE " + rendered + " ADD COLUMN " + HEAD + " " + HEAD_TYPE);
        }
      }
      return;
    }
    String text = dialect.kind() == DatabaseKind.MYSQL ? "LONGTEXT" : "CLOB";
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE "
              + (dialect.createTableIfNotExists() ? "IF NOT EXISTS " : "")
              + rendered
              + " (migration_set VARCHAR("
              + HistoryColumns.MAX_SET
              + ") NOT NULL, version INT NOT NULL, position INT NOT NULL, view_schema"
              + " VARCHAR(200) NOT NULL, view_name VARCHAR(200) NOT NULL, quoted VARCHAR(500)"
              + " NOT NULL, definition "
              + text
              + " NOT NULL, "
              + HEAD
              + " "
              + HEAD_TYPE
              + ", PRIMARY KEY (migration_set, version, view_schema, view_name))");
    }
  }

  private boolean exists(Connection connection) throws SQLException {
    return setup().exists(connection);
  }

  /** Whether the table has the column of the heads, which tables saved by an older Strata lack. */
  private boolean hasHead(Connection connection) throws SQLException {
    return setup().columns(connection).contains(HEAD);
  }

  private HistorySetup setup() {
    return new HistorySetup(new HistoryTable(name, dialect));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
