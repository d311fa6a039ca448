package dev.strata.runtime.internal.catalog;

import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The indexes and foreign keys of one table, read back from JDBC metadata as {@link Dialect}
 * recreates them; {@link Catalog} answers with them.
 */
final class IndexesAndKeys {

  private final Connection connection;
  private final Dialect dialect;
  private final TableRef ref;

  IndexesAndKeys(Connection connection, Dialect dialect, TableRef ref) {
    this.connection = connection;
    this.dialect = dialect;
    this.ref = ref;
  }

  /** Index {@code name} as {@link Dialect#createIndex} recreates it, or null. */
  Index index(String name) throws SQLException {
    for (Part index : indexes()) {
      if (index.name().equalsIgnoreCase(name)) {
        return new Index(name, index.columns(), index.unique(), index.descending());
      }
    }
    return null;
  }

  /** Foreign key {@code name} as {@link Dialect#addForeignKey} recreates it, or null. */
  ForeignKey foreignKey(String name) throws SQLException {
    for (Part key : foreignKeys()) {
      if (key.name().equalsIgnoreCase(name)) {
        return key.asForeignKey(name);
      }
    }
    return null;
  }

  /** See {@link Catalog#indexesForKeysServedOnlyBy}. */
  List<Index> indexesForKeysServedOnlyBy(String name) throws SQLException {
    List<Part> indexes = indexes();
    List<Index> replacements = new ArrayList<>();
    for (Part key : foreignKeys()) {
      boolean byIt = false;
      boolean byOther = false;
      for (Part index : indexes) {
        if (leads(key.columns(), index.columns())) {
          byIt |= index.name().equalsIgnoreCase(name);
          byOther |= !index.name().equalsIgnoreCase(name);
        }
      }
      if (byIt && !byOther && Identifiers.isPlain(key.name())) {
        replacements.add(Index.on(key.name(), key.columns()));
      }
    }
    return replacements;
  }

  /** See {@link Catalog#keyIndexesReplacedBy}. */
  List<String> keyIndexesReplacedBy(Index created) throws SQLException {
    List<Part> keys = foreignKeys();
    if (keys.isEmpty()) {
      return List.of();
    }
    List<String> replaced = new ArrayList<>();
    for (Part index : indexes()) {
      boolean keysOwn =
          keys.stream()
              .anyMatch(
                  key ->
                      key.name().equalsIgnoreCase(index.name())
                          && key.columns().size() == index.columns().size()
                          && leads(key.columns(), index.columns())
                          && leads(key.columns(), created.columns()));
      if (keysOwn
          && !index.unique()
          && index.descending().isEmpty()
          && !index.name().equalsIgnoreCase(created.name())
          && Identifiers.isPlain(index.name())) {
        replaced.add(index.name());
      }
    }
    return replaced;
  }

  /** See {@link Catalog#foreignKeysOwning}. */
  List<ForeignKey> foreignKeysOwning(String name) throws SQLException {
    List<String> keys =
        keyNames(
            "SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE CONSTRAINT_TYPE = 'FOREIGN KEY' AND TABLE_SCHEMA = ? AND TABLE_NAME = ?"
                + " AND INDEX_NAME = ?",
            Identifiers.stored(name, metaData()));
    List<ForeignKey> owning = new ArrayList<>();
    for (Part key : foreignKeys()) {
      if (keys.contains(key.name()) && Identifiers.isPlain(key.name())) {
        owning.add(key.asForeignKey(key.name()));
      }
    }
    return owning;
  }

  /** See {@link Catalog#foreignKeysThatWouldTake}. */
  List<ForeignKey> foreignKeysThatWouldTake(Index created) throws SQLException {
    List<String> keys =
        keyNames(
            "SELECT c.CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
                + " JOIN INFORMATION_SCHEMA.INDEXES i ON i.INDEX_SCHEMA = c.INDEX_SCHEMA"
                + " AND i.INDEX_NAME = c.INDEX_NAME"
                + " WHERE c.CONSTRAINT_TYPE = 'FOREIGN KEY' AND c.TABLE_SCHEMA = ?"
                + " AND c.TABLE_NAME = ? AND i.IS_GENERATED AND i.INDEX_TYPE_NAME = 'INDEX'");
    if (keys.isEmpty()) {
      return List.of();
    }
    List<ForeignKey> taking = new ArrayList<>();
    for (Part key : foreignKeys()) {
      if (keys.contains(key.name())
          && sameColumns(key.columns(), created.columns())
          && Identifiers.isPlain(key.name())) {
        taking.add(key.asForeignKey(key.name()));
      }
    }
    return taking;
  }

  /**
   * The names of the constraints that {@code query} finds, given the table's schema and name and
   * then {@code more}, as a migration writes them.
   */
  private List<String> keyNames(String query, String... more) throws SQLException {
    List<String> keys = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, ref.informationSchema());
      statement.setString(2, ref.table());
      for (int i = 0; i < more.length; i++) {
        statement.setString(3 + i, more[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          keys.add(spelled(rows.getString(1)));
        }
      }
    }
    return keys;
  }

  // the same columns in any order, as H2 matches an index to a key
  private static boolean sameColumns(List<String> columns, List<String> indexColumns) {
    return columns.size() == indexColumns.size()
        && columns.stream().allMatch(c -> indexColumns.stream().anyMatch(c::equalsIgnoreCase));
  }

  private static boolean leads(List<String> columns, List<String> indexColumns) {
    if (columns.size() > indexColumns.size()) {
      return false;
    }
    for (int i = 0; i < columns.size(); i++) {
      if (!columns.get(i).equalsIgnoreCase(indexColumns.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * An index or foreign key as the catalog names it, which need not be a name Strata would write.
   *
   * @param unique for an index, whether it is unique
   * @param referencedTable for a foreign key, the table it references; null for an index
   * @param onDelete for a foreign key, its ON DELETE rule; null for an index
   * @param descending for an index, its columns in descending order
   */
  private record Part(
      String name,
      List<String> columns,
      boolean unique,
      String referencedTable,
      List<String> referencedColumns,
      ForeignKey.OnDelete onDelete,
      List<String> descending) {

    /** This foreign key under {@code name}, as {@link Dialect#addForeignKey} recreates it. */
    ForeignKey asForeignKey(String name) {
      return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete);
    }
  }

  /** Every index of the table, with its columns in order. */
  private List<Part> indexes() throws SQLException {
    TreeMap<String, TreeMap<Short, String>> columns = new TreeMap<>();
    TreeMap<String, Boolean> unique = new TreeMap<>();
    TreeMap<String, List<String>> descending = new TreeMap<>();
    try (ResultSet rows =
        metaData().getIndexInfo(ref.catalog(), ref.schema(), ref.table(), false, false)) {
      while (rows.next()) {
        String index = rows.getString("INDEX_NAME");
        if (index != null && rows.getShort("TYPE") != DatabaseMetaData.tableIndexStatistic) {
          String column = spelled(rows.getString("COLUMN_NAME"));
          columns
              .computeIfAbsent(index, name -> new TreeMap<>())
              .put(rows.getShort("ORDINAL_POSITION"), column);
          unique.put(index, !rows.getBoolean("NON_UNIQUE"));
          List<String> down = descending.computeIfAbsent(index, name -> new ArrayList<>());
          if ("D".equals(rows.getString("ASC_OR_DESC"))) {
            down.add(column);
          }
        }
      }
    }
    List<Part> indexes = new ArrayList<>();
    columns.forEach(
        (index, byPosition) ->
            indexes.add(
                new Part(
                    index,
                    List.copyOf(byPosition.values()),
                    unique.get(index),
                    null,
                    null,
                    null,
                    descending.get(index))));
    return indexes;
  }

  /** Every foreign key of the referencing table, with its columns in key order. */
  private List<Part> foreignKeys() throws SQLException {
    TreeMap<String, TreeMap<Short, String[]>> pairs = new TreeMap<>();
    TreeMap<String, String> referenced = new TreeMap<>();
    TreeMap<String, ForeignKey.OnDelete> onDelete = new TreeMap<>();
    try (ResultSet rows = metaData().getImportedKeys(ref.catalog(), ref.schema(), ref.table())) {
      while (rows.next()) {
        String key = rows.getString("FK_NAME");
        if (key == null) {
          continue;
        }
        pairs
            .computeIfAbsent(key, name -> new TreeMap<>())
            .put(
                rows.getShort("KEY_SEQ"),
                new String[] {
                  spelled(rows.getString("FKCOLUMN_NAME")), spelled(rows.getString("PKCOLUMN_NAME"))
                });
        referenced.put(key, referencedTable(rows));
        onDelete.put(key, onDelete(rows.getShort("DELETE_RULE")));
      }
    }
    List<Part> keys = new ArrayList<>();
    for (var key : pairs.entrySet()) {
      List<String> columns = new ArrayList<>();
      List<String> referencedColumns = new ArrayList<>();
      for (String[] pair : key.getValue().values()) {
        columns.add(pair[0]);
        referencedColumns.add(pair[1]);
      }
      keys.add(
          new Part(
              spelled(key.getKey()),
              columns,
              false,
              referenced.get(key.getKey()),
              referencedColumns,
              onDelete.get(key.getKey()),
              null));
    }
    return keys;
  }

  /**
   * A key's ON DELETE rule from its JDBC code. MySQL and MariaDB report a key with no rule as
   * RESTRICT, which is the same rule to them: it reads as no rule, so that a restored key is the
   * one Strata created.
   */
  private ForeignKey.OnDelete onDelete(int rule) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> ForeignKey.OnDelete.CASCADE;
      case DatabaseMetaData.importedKeySetNull -> ForeignKey.OnDelete.SET_NULL;
      case DatabaseMetaData.importedKeySetDefault -> ForeignKey.OnDelete.SET_DEFAULT;
      case DatabaseMetaData.importedKeyRestrict ->
          dialect.restrictIsNoAction()
              ? ForeignKey.OnDelete.NO_ACTION
              : ForeignKey.OnDelete.RESTRICT;
      default -> ForeignKey.OnDelete.NO_ACTION;
    };
  }

  // qualified only when it lives elsewhere than the referencing table
  private String referencedTable(ResultSet row) throws SQLException {
    String schema =
        ref.schema() != null ? row.getString("PKTABLE_SCHEM") : row.getString("PKTABLE_CAT");
    String table = spelled(row.getString("PKTABLE_NAME"));
    boolean local = schema == null || schema.equalsIgnoreCase(ref.informationSchema());
    return local ? table : spelled(schema) + "." + table;
  }

  /**
   * A name from the catalog as a migration would write it: in lower case where the database stores
   * unquoted names in upper case (H2), which reads the same to it and to people.
   */
  private String spelled(String name) throws SQLException {
    boolean folded =
        metaData().storesUpperCaseIdentifiers() && name.equals(name.toUpperCase(Locale.ROOT));
    return folded ? name.toLowerCase(Locale.ROOT) : name;
  }

  private DatabaseMetaData metaData() throws SQLException {
    return connection.getMetaData();
  }
}
