package dev.strata.test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The views, materialized views and tables of the connection's current schema (or catalog, on MySQL
 * and MariaDB), with their columns, read from JDBC metadata; names are keyed in lower case because
 * each database folds unquoted names its own way.
 *
 * <p>PostgreSQL has materialized views of its own; on H2, MySQL and MariaDB Strata stands a table
 * in for one, so there a materialized view is the table of its name.
 */
final class DatabaseObjects {

  private final Map<String, List<DatabaseColumn>> views;
  private final Map<String, List<DatabaseColumn>> materializedViews;
  private final Map<String, List<DatabaseColumn>> tables;
  private final Map<String, List<ExpectedSchema.Index>> indexes;
  private final Map<String, TableStructure> structures;
  private final Set<String> sequences;
  private final List<String> programs;
  private final Map<String, String> viewQueries;
  private final Set<String> unpopulated;
  private final boolean emulatesMaterializedViews;
  private final List<String> dialectNames;

  private DatabaseObjects(
      Map<String, List<DatabaseColumn>> views,
      Map<String, List<DatabaseColumn>> materializedViews,
      Map<String, List<DatabaseColumn>> tables,
      Map<String, List<ExpectedSchema.Index>> indexes,
      Map<String, TableStructure> structures,
      Set<String> sequences,
      List<String> programs,
      Map<String, String> viewQueries,
      Set<String> unpopulated,
      boolean emulatesMaterializedViews,
      List<String> dialectNames) {
    this.views = views;
    this.materializedViews = materializedViews;
    this.tables = tables;
    this.indexes = indexes;
    this.structures = structures;
    this.sequences = Set.copyOf(sequences);
    this.programs = List.copyOf(programs);
    this.viewQueries = Map.copyOf(viewQueries);
    this.unpopulated = Set.copyOf(unpopulated);
    this.emulatesMaterializedViews = emulatesMaterializedViews;
    this.dialectNames = List.copyOf(dialectNames);
  }

  /**
   * Reads what the database holds now, the indexes of the materialized views named and the keys,
   * indexes and checks of every table, its sequences, functions, procedures and triggers.
   */
  static DatabaseObjects read(Connection connection, Set<String> materializedNames)
      throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String catalog = connection.getCatalog();
    String schema = connection.getSchema();
    String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
    boolean emulates = !product.contains("postgres");
    boolean catalogIsSchema = product.contains("mysql") || product.contains("mariadb");
    Map<String, List<DatabaseColumn>> views = new TreeMap<>();
    Map<String, List<DatabaseColumn>> materializedViews = new TreeMap<>();
    Map<String, List<DatabaseColumn>> tables = new TreeMap<>();
    Map<String, List<ExpectedSchema.Index>> indexes = new TreeMap<>();
    Map<String, TableStructure> structures = new TreeMap<>();
    try (ResultSet rows = metaData.getTables(catalog, literal(metaData, schema), "%", null)) {
      while (rows.next()) {
        String type = rows.getString("TABLE_TYPE").toUpperCase(Locale.ROOT);
        String name = rows.getString("TABLE_NAME");
        Map<String, List<DatabaseColumn>> kind;
        if (type.contains("MATERIALIZED")) {
          kind = materializedViews;
        } else if (type.contains("VIEW")) {
          kind = views;
        } else if (type.equals("TABLE") || type.equals("BASE TABLE")) {
          kind = tables;
        } else {
          continue;
        }
        kind.put(key(name), columns(metaData, catalog, schema, name));
        boolean materialized = kind == materializedViews || (emulates && kind == tables);
        if (materialized && materializedNames.contains(key(name))) {
          indexes.put(key(name), TableMetadata.indexes(metaData, catalog, schema, name));
        }
        if (kind == tables) {
          // every table's, for a downgrade to restore: keys a raw statement made included
          structures.put(
              key(name),
              TableMetadata.structure(
                  connection,
                  catalog,
                  schema,
                  name,
                  catalogIsSchema,
                  DatabaseColumn.commentOf(rows.getString("REMARKS"))));
        }
      }
    }
    String home = catalogIsSchema ? catalog : schema;
    return new DatabaseObjects(
        views,
        materializedViews,
        tables,
        indexes,
        structures,
        TableMetadata.sequences(connection, home, catalogIsSchema),
        ProgramObjects.read(connection, home),
        ViewQueries.read(connection, home, !emulates),
        emulates ? Set.of() : UnpopulatedViews.read(connection, schema),
        emulates,
        dialectNames(product));
  }

  /**
   * The names a view's dialect may give this database, most specific first, as the runtime picks
   * them: {@code mariadb} falls back to {@code mysql}.
   */
  private static List<String> dialectNames(String product) {
    if (product.contains("postgres")) {
      return List.of("postgresql");
    }
    if (product.contains("mariadb")) {
      return List.of("mariadb", "mysql");
    }
    if (product.contains("mysql")) {
      return List.of("mysql");
    }
    return product.contains("h2") ? List.of("h2") : List.of();
  }

  /** The dialect names whose query this database runs, most specific first. */
  List<String> dialectNames() {
    return dialectNames;
  }

  Optional<List<DatabaseColumn>> view(String name) {
    return Optional.ofNullable(views.get(key(name)));
  }

  /** A materialized view: PostgreSQL's own, or elsewhere the table that stands in for it. */
  Optional<List<DatabaseColumn>> materializedView(String name) {
    List<DatabaseColumn> columns = materializedViews.get(key(name));
    if (columns == null && emulatesMaterializedViews) {
      columns = tables.get(key(name));
    }
    return Optional.ofNullable(columns);
  }

  /** The indexes of a materialized view {@link #read} was asked about, sorted by name. */
  List<ExpectedSchema.Index> indexes(String materializedView) {
    return indexes.getOrDefault(key(materializedView), List.of());
  }

  /**
   * The keys, indexes and checks of every table (those standing in for materialized views
   * included), by lower-case table name.
   */
  Map<String, TableStructure> structures() {
    return Collections.unmodifiableMap(structures);
  }

  /** Whether the schema has sequence {@code name}. */
  boolean hasSequence(String name) {
    return sequences.contains(key(name));
  }

  /** The lower-case names of the schema's sequences. */
  Set<String> sequences() {
    return sequences;
  }

  /**
   * The schema's functions, procedures and triggers, as {@link ProgramObjects} labels them, sorted.
   */
  List<String> programs() {
    return programs;
  }

  /** The keys, indexes and checks of a table. */
  Optional<TableStructure> structure(String table) {
    return Optional.ofNullable(structures.get(key(table)));
  }

  Optional<List<DatabaseColumn>> table(String name) {
    return Optional.ofNullable(tables.get(key(name)));
  }

  /**
   * The query of each view and PostgreSQL materialized view as this database words it, by
   * lower-case name.
   */
  Map<String, String> viewQueries() {
    return viewQueries;
  }

  /**
   * Whether a materialized view holds no data (PostgreSQL's, created {@code WITH NO DATA} and not
   * refreshed since); never for a table standing in for one.
   */
  boolean unpopulated(String materializedView) {
    return unpopulated.contains(key(materializedView));
  }

  /** Every view with its columns, by lower-case name. */
  Map<String, List<DatabaseColumn>> views() {
    return Collections.unmodifiableMap(views);
  }

  /** PostgreSQL's materialized views with their columns, by lower-case name; elsewhere none. */
  Map<String, List<DatabaseColumn>> materializedViews() {
    return Collections.unmodifiableMap(materializedViews);
  }

  /** Every table, the tables standing in for materialized views included, by lower-case name. */
  Map<String, List<DatabaseColumn>> tables() {
    return Collections.unmodifiableMap(tables);
  }

  private static List<DatabaseColumn> columns(
      DatabaseMetaData metaData, String catalog, String schema, String object) throws SQLException {
    List<DatabaseColumn> columns = new ArrayList<>();
    try (ResultSet rows =
        metaData.getColumns(catalog, literal(metaData, schema), literal(metaData, object), "%")) {
      while (rows.next()) {
        // a driver that reads the escape its own way must not add another table's columns
        if (!rows.getString("TABLE_NAME").equals(object)) {
          continue;
        }
        columns.add(
            new DatabaseColumn(
                rows.getString("COLUMN_NAME"),
                rows.getInt("DATA_TYPE"),
                rows.getString("TYPE_NAME"),
                rows.getInt("COLUMN_SIZE"),
                rows.getInt("DECIMAL_DIGITS"),
                rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                DatabaseColumn.defaultOf(rows.getString("COLUMN_DEF")),
                "YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT")),
                DatabaseColumn.commentOf(rows.getString("REMARKS"))));
      }
    }
    return columns;
  }

  /**
   * The name as a metadata pattern that matches it alone: in a pattern '_' matches any character,
   * and schema strata_it_1 would take in the tables of schema strataxitx1.
   */
  private static String literal(DatabaseMetaData metaData, String name) throws SQLException {
    if (name == null) {
      return null;
    }
    String escape = metaData.getSearchStringEscape();
    return name.replace(escape, escape + escape)
        .replace("_", escape + "_")
        .replace("%", escape + "%");
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
