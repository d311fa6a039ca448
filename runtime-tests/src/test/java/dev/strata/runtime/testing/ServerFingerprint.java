package dev.strata.runtime.testing;

import dev.strata.runtime.DatabaseKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What a PostgreSQL schema or MariaDB database holds, as lines to compare with another's: its
 * tables, columns, indexes, constraints and views as the catalog describes them (the test's own
 * schema name taken out, since every trial has its own), a digest of every table's rows, and the
 * history without its times.
 */
public final class ServerFingerprint {

  private static final String HISTORY = "strata_schema_history";

  private ServerFingerprint() {}

  public static List<String> of(TestDatabase database) {
    boolean postgres = database.kind() == DatabaseKind.POSTGRESQL;
    String schema = postgres ? "current_schema()" : "DATABASE()";
    String name = database.rows("SELECT " + schema).get(0);
    List<String> lines = new ArrayList<>();
    lines.addAll(
        database.rows(
            "SELECT TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = "
                + schema
                + " ORDER BY TABLE_NAME"));
    lines.addAll(
        database.rows(
            "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE,"
                + " CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, IS_NULLABLE FROM"
                + " INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = "
                + schema
                + " ORDER BY TABLE_NAME, ORDINAL_POSITION"));
    lines.addAll(
        database.rows(
            "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM"
                + " INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = "
                + schema
                + (postgres ? " AND CONSTRAINT_TYPE <> 'CHECK'" : "")
                + " ORDER BY 1, 2, 3"));
    lines.addAll(
        database.rows(
            postgres
                ? "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname ="
                    + " current_schema() ORDER BY 1, 2"
                : "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME FROM"
                    + " INFORMATION_SCHEMA.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                    + " ORDER BY 1, 2, 4"));
    lines.addAll(
        database.rows(
            "SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = "
                + schema
                + " ORDER BY TABLE_NAME"));
    lines.addAll(
        database.rows(
            "SELECT migration_set, version, description, checksum, success, run_state,"
                + " statements_done FROM "
                + HISTORY
                + " ORDER BY migration_set, version"));
    for (String table :
        database.rows(
            "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = "
                + schema
                + " AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> '"
                + HISTORY
                + "' ORDER BY TABLE_NAME")) {
      lines.addAll(database.rows(digest(database, postgres, schema, table)));
    }
    return lines.stream().map(line -> line.replace(name, "<schema>")).toList();
  }

  // each row as text, its columns in order: rows compare by value, not by storage
  private static String digest(
      TestDatabase database, boolean postgres, String schema, String table) {
    if (postgres) {
      return "SELECT '"
          + table
          + "', COUNT(*), md5(COALESCE(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "
          + table
          + " t";
    }
    List<String> columns = new ArrayList<>();
    for (String column :
        database.rows(
            "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = "
                + schema
                + " AND TABLE_NAME = '"
                + table
                + "' ORDER BY ORDINAL_POSITION")) {
      columns.add("COALESCE(CAST(`" + column + "` AS CHAR), '~')");
    }
    return "SELECT '"
        + table
        + "', COUNT(*), COALESCE(BIT_XOR(CRC32(CONCAT_WS('|', "
        + String.join(", ", columns)
        + "))), 0) FROM "
        + table;
  }
}
