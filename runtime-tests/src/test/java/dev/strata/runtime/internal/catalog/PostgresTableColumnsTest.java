package dev.strata.runtime.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, {@link TableColumns} reads the system catalogs in place of the driver's {@code
 * getTables} and {@code getColumns}: it must answer as they do, for every kind of relation the
 * history table's check may meet.
 */
class PostgresTableColumnsTest {

  private final TestDatabase database = TestDatabase.create(DatabaseKind.POSTGRESQL);
  private final Dialect dialect = Dialects.of(DatabaseKind.POSTGRESQL);

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  @Test
  void answersAsTheDriversMetadataForTablesViewsAndNamesThatAreNotThere() throws SQLException {
    database.execute(
        "CREATE TABLE strata_history (migration_set VARCHAR(100), version INTEGER, gone INTEGER)",
        "ALTER TABLE strata_history DROP COLUMN gone",
        "CREATE TABLE no_columns ()",
        "CREATE VIEW a_view AS SELECT version FROM strata_history",
        "CREATE TABLE \"Mixed\" (\"Id\" INTEGER)",
        "CREATE SEQUENCE a_sequence",
        "CREATE MATERIALIZED VIEW a_materialized_view AS SELECT version FROM strata_history",
        "CREATE INDEX an_index ON strata_history (version)",
        "CREATE TABLE strataxhistory (other INTEGER)");
    try (Connection connection = database.dataSource().getConnection()) {
      String schema = connection.getSchema();
      for (String name :
          List.of(
              "strata_history",
              "no_columns",
              "a_view",
              "Mixed",
              "a_sequence",
              "a_materialized_view",
              "an_index",
              "strataxhistory",
              "absent")) {
        TableRef ref = new TableRef(null, schema, name);

        assertEquals(
            fromMetadata(connection.getMetaData(), ref),
            TableColumns.of(connection, dialect, ref),
            name);
      }
    }
  }

  /** The driver's answer: null where getTables finds nothing, else getColumns' names. */
  private static Set<String> fromMetadata(DatabaseMetaData metaData, TableRef ref)
      throws SQLException {
    String table = ref.table().replace("_", "\\_");
    try (ResultSet tables = metaData.getTables(null, ref.schema(), table, null)) {
      if (!tables.next()) {
        return null;
      }
    }
    Set<String> columns = new TreeSet<>();
    try (ResultSet rows = metaData.getColumns(null, ref.schema(), table, "%")) {
      while (rows.next()) {
        columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return columns;
  }
}
