package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/**
 * The table that records which migrations of which sets this database has applied: one row per
 * applied migration, deleted when the migration is reverted.
 */
final class HistoryTable {

  static final int MAX_DESCRIPTION = 200;

  private static final String COLUMNS =
      "migration_set, version, description, checksum, installed_by, applied_at, execution_ms,"
          + " success";

  private final String name;
  private final Dialect dialect;

  HistoryTable(String name, Dialect dialect) {
    this.name = name;
    this.dialect = dialect;
  }

  String name() {
    return name;
  }

  boolean exists(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String schema = Identifiers.schema(name);
    schema = schema == null ? connection.getSchema() : Identifiers.stored(schema, metaData);
    String table = Identifiers.stored(Identifiers.local(name), metaData);
    String escape = metaData.getSearchStringEscape();
    try (ResultSet tables =
        metaData.getTables(null, pattern(schema, escape), pattern(table, escape), null)) {
      return tables.next();
    }
  }

  void createIfAbsent(Connection connection) throws SQLException {
    if (!exists(connection)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(dialect.createHistoryTable(name));
      }
    }
  }

  /** Every row, sorted by set, then by version. */
  List<HistoryRow> read(Connection connection) throws SQLException {
    String sql =
        "SELECT " + COLUMNS + " FROM " + dialect.render(name) + " ORDER BY migration_set, version";
    List<HistoryRow> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(
            new HistoryRow(
                result.getString(1),
                result.getInt(2),
                result.getString(3),
                result.getString(4),
                result.getString(5),
                result.getTimestamp(6, utc()).toInstant(),
                result.getLong(7),
                result.getBoolean(8)));
      }
    }
    return rows;
  }

  void insert(Connection connection, HistoryRow row) throws SQLException {
    String sql =
        "INSERT INTO "
            + dialect.render(name)
            + " ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, row.set());
      statement.setInt(2, row.version());
      statement.setString(3, row.description());
      statement.setString(4, row.checksum());
      statement.setString(5, row.installedBy());
      statement.setTimestamp(6, Timestamp.from(row.appliedAt()), utc());
      statement.setLong(7, row.executionMillis());
      statement.setBoolean(8, row.success());
      statement.executeUpdate();
    }
  }

  void delete(Connection connection, String set, int version) throws SQLException {
    String sql = "DELETE FROM " + dialect.render(name) + " WHERE migration_set = ? AND version = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, set);
      statement.setInt(2, version);
      if (statement.executeUpdate() != 1) {
        // another process reverted it meanwhile: the migration must not count as reverted twice
        throw new SQLException("No row for version " + version + " of set " + set + " in " + name);
      }
    }
  }

  // the column has no time zone: store UTC so that readers in any zone agree on the instant
  private static Calendar utc() {
    return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  }

  // '_' is a wildcard in metadata patterns, and our table name is full of them
  private static String pattern(String identifier, String escape) {
    if (identifier == null || escape == null || escape.isEmpty()) {
      return identifier;
    }
    return identifier.replace(escape, escape + escape).replace("_", escape + "_");
  }
}
