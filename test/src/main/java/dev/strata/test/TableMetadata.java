package dev.strata.test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads one table's keys, indexes and check constraints from JDBC metadata and the standard {@code
 * INFORMATION_SCHEMA}, which H2, PostgreSQL, MySQL and MariaDB all have; names come back in lower
 * case, since each database folds unquoted names its own way.
 */
final class TableMetadata {

  private TableMetadata() {}

  /**
   * The table's structure.
   *
   * @param catalogIsSchema whether the database calls its schemas catalogs (MySQL, MariaDB)
   * @param comment the table's comment, or empty for none
   */
  static TableStructure structure(
      Connection connection,
      String catalog,
      String schema,
      String table,
      boolean catalogIsSchema,
      Optional<String> comment)
      throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    return new TableStructure(
        primaryKey(metaData, catalog, schema, table),
        indexes(metaData, catalog, schema, table),
        foreignKeys(metaData, catalog, schema, table, catalogIsSchema),
        checks(connection, catalogIsSchema ? catalog : schema, table),
        catalogIsSchema,
        comment);
  }

  /** The object's indexes with their columns in index order, sorted by name. */
  static List<ExpectedSchema.Index> indexes(
      DatabaseMetaData metaData, String catalog, String schema, String object) throws SQLException {
    Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
    Map<String, Boolean> unique = new TreeMap<>();
    // getIndexInfo takes the name as it is, not as a pattern
    try (ResultSet rows = metaData.getIndexInfo(catalog, schema, object, false, false)) {
      while (rows.next()) {
        String index = rows.getString("INDEX_NAME");
        String column = rows.getString("COLUMN_NAME");
        if (index == null
            || column == null
            || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
          continue;
        }
        columns
            .computeIfAbsent(key(index), name -> new TreeMap<>())
            .put(
                (int) rows.getShort("ORDINAL_POSITION"),
                key(column)
                    + ("D".equals(rows.getString("ASC_OR_DESC")) ? ExpectedSchema.Index.DESC : ""));
        unique.put(key(index), !rows.getBoolean("NON_UNIQUE"));
      }
    }
    List<ExpectedSchema.Index> result = new ArrayList<>();
    columns.forEach(
        (index, byPosition) ->
            result.add(
                new ExpectedSchema.Index(
                    index, List.copyOf(byPosition.values()), unique.get(index))));
    return result;
  }

  private static List<String> primaryKey(
      DatabaseMetaData metaData, String catalog, String schema, String table) throws SQLException {
    TreeMap<Integer, String> columns = new TreeMap<>();
    try (ResultSet rows = metaData.getPrimaryKeys(catalog, schema, table)) {
      while (rows.next()) {
        columns.put((int) rows.getShort("KEY_SEQ"), key(rows.getString("COLUMN_NAME")));
      }
    }
    return List.copyOf(columns.values());
  }

  /**
   * @param restrictIsNoAction whether RESTRICT, which MySQL and MariaDB report for a key without a
   *     rule, is read as no rule
   */
  private static List<ExpectedSchema.ForeignKey> foreignKeys(
      DatabaseMetaData metaData,
      String catalog,
      String schema,
      String table,
      boolean restrictIsNoAction)
      throws SQLException {
    Map<String, TreeMap<Integer, String[]>> pairs = new TreeMap<>();
    Map<String, String> referenced = new TreeMap<>();
    Map<String, String> onDelete = new TreeMap<>();
    try (ResultSet rows = metaData.getImportedKeys(catalog, schema, table)) {
      while (rows.next()) {
        String name = rows.getString("FK_NAME");
        if (name == null) {
          continue;
        }
        pairs
            .computeIfAbsent(key(name), key -> new TreeMap<>())
            .put(
                (int) rows.getShort("KEY_SEQ"),
                new String[] {
                  key(rows.getString("FKCOLUMN_NAME")), key(rows.getString("PKCOLUMN_NAME"))
                });
        referenced.put(key(name), key(rows.getString("PKTABLE_NAME")));
        onDelete.put(key(name), onDelete(rows.getShort("DELETE_RULE"), restrictIsNoAction));
      }
    }
    List<ExpectedSchema.ForeignKey> keys = new ArrayList<>();
    pairs.forEach(
        (name, byPosition) ->
            keys.add(
                new ExpectedSchema.ForeignKey(
                    name,
                    byPosition.values().stream().map(pair -> pair[0]).toList(),
                    referenced.get(name),
                    byPosition.values().stream().map(pair -> pair[1]).toList(),
                    onDelete.get(name))));
    return keys;
  }

  private static String onDelete(int rule, boolean restrictIsNoAction) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> "CASCADE";
      case DatabaseMetaData.importedKeySetNull -> "SET_NULL";
      case DatabaseMetaData.importedKeySetDefault -> "SET_DEFAULT";
      case DatabaseMetaData.importedKeyRestrict ->
          restrictIsNoAction ? ExpectedSchema.ForeignKey.NO_ACTION : "RESTRICT";
      default -> ExpectedSchema.ForeignKey.NO_ACTION;
    };
  }

  /**
   * The table's check constraints with their conditions; not PostgreSQL's NOT NULL columns, which
   * its {@code INFORMATION_SCHEMA} lists as checks named after internal numbers, and its catalog,
   * read here, does not: the columns' nullability says them.
   */
  private static List<DatabaseCheck> checks(Connection connection, String schema, String table)
      throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    Map<String, String> checks = new TreeMap<>();
    try (PreparedStatement statement = connection.prepareStatement(checksQuery(product))) {
      statement.setString(1, schema);
      statement.setString(2, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String clause = rows.getString(2);
          checks.put(key(rows.getString(1)), clause == null ? "" : clause);
        }
      }
    }
    List<DatabaseCheck> result = new ArrayList<>();
    checks.forEach((name, clause) -> result.add(new DatabaseCheck(name, clause)));
    return result;
  }

  /**
   * The query of a table's checks, by schema and table name. PostgreSQL's {@code CHECK_CONSTRAINTS}
   * computes the text of every check in the database, which waits for a table another session is
   * dropping and then fails ("could not open relation with OID"), so there the catalog is read for
   * this table alone, in the view's text (without the leading {@code CHECK }).
   */
  private static String checksQuery(String product) {
    if (product.contains("postgresql")) {
      return "SELECT con.conname, substring(pg_get_constraintdef(con.oid) from 7)"
          + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE con.contype = 'c' AND n.nspname = ? AND c.relname = ?";
    }
    // MariaDB names checks per table, and its CHECK_CONSTRAINTS says whose each is
    boolean perTable = product.contains("maria");
    return "SELECT tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE"
        + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
        + " LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc"
        + " ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
        + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
        + (perTable ? " AND cc.TABLE_NAME = tc.TABLE_NAME" : "")
        + " WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND tc.TABLE_SCHEMA = ?"
        + " AND tc.TABLE_NAME = ?";
  }

  /**
   * The names of the sequences in the schema: MariaDB lists them as tables of type {@code
   * SEQUENCE}, H2 and PostgreSQL in {@code INFORMATION_SCHEMA.SEQUENCES}.
   */
  static Set<String> sequences(Connection connection, String schema, boolean catalogIsSchema)
      throws SQLException {
    String query =
        catalogIsSchema
            ? "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'SEQUENCE'"
            : "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ?";
    Set<String> names = new TreeSet<>();
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, schema);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          names.add(key(rows.getString(1)));
        }
      }
    }
    return names;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
