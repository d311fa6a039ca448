package dev.strata.processor.oracle;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * A schema as JDBC metadata reads it back, one sorted line per fact, without the names a database
 * or Hibernate generates for constraints: tables, columns (type, size, nullability, default), the
 * fraction of a second of a time or timestamp, primary keys, foreign keys, unique constraints and
 * other indexes, check constraints (read from each database's catalog, which JDBC metadata does not
 * show; see {@link CheckClauses}) and sequences. Foreign keys, indexes (per column set) and checks
 * are counted, so that a redundant second one shows. Two schemas are equal when their lines are.
 */
public final class SchemaDescription {

  private static final String HISTORY_TABLE = "strata_schema_history";

  private final Connection connection;
  private final DatabaseMetaData metadata;
  private final String catalog;
  private final String schema;
  private final Set<String> lines = new TreeSet<>();
  private final FractionalSeconds fractions;

  private SchemaDescription(Connection connection) throws SQLException {
    this.connection = connection;
    this.metadata = connection.getMetaData();
    boolean catalogs = metadata.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("maria");
    this.catalog = catalogs ? connection.getCatalog() : null;
    this.schema = catalogs ? null : connection.getSchema();
    this.fractions = FractionalSeconds.of(connection, catalogs ? catalog : schema);
  }

  /** The lines describing the schema the data source connects to. */
  public static List<String> of(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      SchemaDescription description = new SchemaDescription(connection);
      for (String table : description.tables()) {
        description.describe(table);
      }
      description.sequences();
      description.lines.addAll(
          CheckClauses.of(connection, description.catalog, description.schema));
      return List.copyOf(description.lines);
    }
  }

  private List<String> tables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows = metadata.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String name = rows.getString("TABLE_NAME");
        if (!name.equalsIgnoreCase(HISTORY_TABLE)) {
          tables.add(name);
        }
      }
    }
    return tables;
  }

  private void describe(String table) throws SQLException {
    String t = lower(table);
    lines.add("table " + t);
    try (ResultSet rows = metadata.getTables(catalog, schema, table, new String[] {"TABLE"})) {
      while (rows.next()) {
        comment(rows).ifPresent(text -> lines.add("comment on table " + t + ": " + text));
      }
    }
    try (ResultSet rows = metadata.getColumns(catalog, schema, table, "%")) {
      while (rows.next()) {
        String column = t + "." + lower(rows.getString("COLUMN_NAME"));
        lines.add(
            "column "
                + column
                + " "
                + type(
                    rows,
                    fractions.of(table, rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE"))));
        comment(rows).ifPresent(text -> lines.add("comment on column " + column + ": " + text));
      }
    }
    Map<Integer, String> key = new TreeMap<>();
    try (ResultSet rows = metadata.getPrimaryKeys(catalog, schema, table)) {
      while (rows.next()) {
        key.put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
      }
    }
    lines.add("primary key " + t + key.values());
    foreignKeys(table, t);
    uniqueConstraints(table, t, List.copyOf(key.values()));
    indexes(table, t);
  }

  // none is null on PostgreSQL and H2, empty text on MariaDB
  private static Optional<String> comment(ResultSet row) throws SQLException {
    String remarks = row.getString("REMARKS");
    return remarks == null || remarks.isEmpty() ? Optional.empty() : Optional.of(remarks);
  }

  /**
   * The indexes that are not unique, by their columns in order (their names are generated), counted
   * per column set as unique ones are: an index that a database made for a foreign key, left beside
   * a declared one over the same columns, reads as a second ({@code index purchase[customer_id]
   * x2}) where Hibernate's export has one.
   */
  private void indexes(String table, String t) throws SQLException {
    Map<String, Map<Integer, String>> indexes = new TreeMap<>();
    try (ResultSet rows = metadata.getIndexInfo(catalog, schema, table, false, false)) {
      while (rows.next()) {
        String column = rows.getString("COLUMN_NAME");
        if (column != null && rows.getBoolean("NON_UNIQUE")) {
          indexes
              .computeIfAbsent(rows.getString("INDEX_NAME"), n -> new TreeMap<>())
              .put(rows.getInt("ORDINAL_POSITION"), lower(column) + descending(rows));
        }
      }
    }
    CountedLines counts = new CountedLines();
    indexes.values().forEach(columns -> counts.add("index " + t + columns.values()));
    lines.addAll(counts.lines());
  }

  /**
   * @param fraction the fraction of a second a time or timestamp column keeps, {@code (6)}, else
   *     empty
   */
  private static String type(ResultSet column, String fraction) throws SQLException {
    int jdbcType = column.getInt("DATA_TYPE");
    String text = lower(column.getString("TYPE_NAME")) + fraction;
    text +=
        switch (jdbcType) {
          case Types.VARCHAR,
              Types.CHAR,
              Types.NVARCHAR,
              Types.NCHAR,
              Types.VARBINARY,
              Types.BINARY ->
              "(" + column.getInt("COLUMN_SIZE") + ")";
          // an array's: its elements' size (PostgreSQL's numeric(10,3)[] reads back as 10 and 3)
          case Types.DECIMAL, Types.NUMERIC, Types.ARRAY ->
              "(" + column.getInt("COLUMN_SIZE") + "," + column.getInt("DECIMAL_DIGITS") + ")";
          default -> "";
        };
    boolean nullable = "YES".equals(column.getString("IS_NULLABLE"));
    boolean generated = "YES".equals(column.getString("IS_AUTOINCREMENT"));
    String defaultValue = column.getString("COLUMN_DEF");
    // MariaDB says NULL for a nullable column without a default
    boolean hasDefault = defaultValue != null && !defaultValue.equalsIgnoreCase("NULL");
    return text
        + (nullable ? " null" : " not null")
        + (generated ? " generated" : "")
        + (hasDefault && !generated ? " default " + defaultValue.strip() : "");
  }

  private void foreignKeys(String table, String t) throws SQLException {
    Map<String, List<String>> from = new TreeMap<>();
    Map<String, List<String>> to = new TreeMap<>();
    Map<String, String> target = new TreeMap<>();
    Map<String, String> onDelete = new TreeMap<>();
    try (ResultSet rows = metadata.getImportedKeys(catalog, schema, table)) {
      while (rows.next()) {
        String name = rows.getString("FK_NAME");
        from.computeIfAbsent(name, n -> new ArrayList<>())
            .add(lower(rows.getString("FKCOLUMN_NAME")));
        to.computeIfAbsent(name, n -> new ArrayList<>())
            .add(lower(rows.getString("PKCOLUMN_NAME")));
        target.put(name, lower(rows.getString("PKTABLE_NAME")));
        onDelete.put(name, onDelete(rows.getShort("DELETE_RULE")));
      }
    }
    CountedLines counts = new CountedLines();
    for (String name : from.keySet()) {
      counts.add(
          "foreign key "
              + t
              + from.get(name)
              + " -> "
              + target.get(name)
              + to.get(name)
              + onDelete.get(name));
    }
    lines.addAll(counts.lines());
  }

  // MariaDB reports a key without a rule as RESTRICT, the same rule to it
  private String onDelete(int rule) throws SQLException {
    boolean mariadb = metadata.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("maria");
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> " on delete cascade";
      case DatabaseMetaData.importedKeySetNull -> " on delete set null";
      case DatabaseMetaData.importedKeySetDefault -> " on delete set default";
      case DatabaseMetaData.importedKeyRestrict -> mariadb ? "" : " on delete restrict";
      default -> "";
    };
  }

  private static String descending(ResultSet row) throws SQLException {
    return "D".equals(row.getString("ASC_OR_DESC")) ? " desc" : "";
  }

  private void uniqueConstraints(String table, String t, List<String> primaryKey)
      throws SQLException {
    Map<String, List<String>> indexes = new TreeMap<>();
    try (ResultSet rows = metadata.getIndexInfo(catalog, schema, table, true, false)) {
      while (rows.next()) {
        String column = rows.getString("COLUMN_NAME");
        if (column != null && !rows.getBoolean("NON_UNIQUE")) {
          indexes
              .computeIfAbsent(rows.getString("INDEX_NAME"), n -> new ArrayList<>())
              .add(lower(column) + descending(rows));
        }
      }
    }
    CountedLines counts = new CountedLines();
    indexes.values().forEach(columns -> counts.add("unique " + t + columns));
    // every database keeps a primary key in a unique index of its own; another over its columns
    // (a unique constraint on the key) is a fact of the schema
    counts.removeOne("unique " + t + primaryKey);
    lines.addAll(counts.lines());
  }

  private void sequences() throws SQLException {
    String product = metadata.getDatabaseProductName().toLowerCase(Locale.ROOT);
    String query =
        product.contains("maria")
            ? "SELECT table_name FROM information_schema.tables"
                + " WHERE table_type = 'SEQUENCE' AND table_schema = ?"
            : "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = ?";
    List<String> names = new ArrayList<>();
    try (var statement = connection.prepareStatement(query)) {
      statement.setString(1, catalog != null ? catalog : schema);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    }
    for (String name : names) {
      lines.add("sequence " + lower(name) + " " + sequenceShape(product, name));
    }
  }

  private String sequenceShape(String product, String name) throws SQLException {
    String query =
        product.contains("maria")
            ? "SELECT start_value, increment FROM " + name
            : "SELECT start_value, increment FROM information_schema.sequences"
                + " WHERE sequence_schema = '"
                + schema
                + "' AND sequence_name = '"
                + name
                + "'";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return "start " + rows.getLong(1) + " increment " + rows.getLong(2);
    }
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
