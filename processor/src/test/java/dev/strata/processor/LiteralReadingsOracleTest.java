package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.sql.ForeignSyntax;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Literals that H2 and the database both take and read otherwise: the view is created on each, its
 * rows differ, and {@link ForeignSyntax} names the literal. H2 runs in the database's mode, as it
 * checks a view at compile time, and in UTC, so that a time with a zone of +05:45 converts.
 */
class LiteralReadingsOracleTest {

  private static final String[] TABLE = {
    "CREATE TABLE t (id INT, n INT, kind VARCHAR(10))", "INSERT INTO t VALUES (1, 2, 'big')"
  };

  @Test
  void postgresDropsAZoneAndReadsEscapesWhereH2ConvertsAndKeepsTheBackslash() throws SQLException {
    List<String> otherRows =
        List.of(
            "SELECT TIMESTAMP '2024-01-02 10:00:00+05:45' AS ts FROM t",
            "SELECT TIME '10:00:00+05:45' AS tm FROM t",
            "SELECT CAST('2024-01-02 10:00:00+05:45' AS TIMESTAMP) AS ts FROM t",
            "SELECT '2024-01-02 10:00:00.5 +05:45'::timestamp(1) AS ts FROM t",
            "SELECT TIMESTAMP WITHOUT TIME ZONE '2024-01-02 10:00:00 Asia/Kathmandu' AS ts FROM t",
            "SELECT E'a\\tb' AS s FROM t",
            "SELECT LENGTH(E'a\\nb') AS n FROM t",
            "SELECT E'\\x41\\\\' AS s FROM t",
            "SELECT CAST(DATE '2024-01-01' + INTERVAL '1' YEAR TO MONTH AS DATE) AS d FROM t",
            "SELECT CAST(DATE '2024-01-01' + INTERVAL '2' DAY TO HOUR AS DATE) AS d FROM t");
    // an interval of two fields given each, or of one field: read alike
    List<String> alike =
        List.of(
            "SELECT CAST(DATE '2024-01-01' + INTERVAL '1-2' YEAR TO MONTH AS DATE) AS d FROM t",
            "SELECT CAST(DATE '2024-01-01' + INTERVAL '1 2' DAY TO HOUR AS DATE) AS d,"
                + " CAST(DATE '2024-01-01' + INTERVAL '1' YEAR AS DATE) AS e,"
                + " CAST(DATE '2024-01-01' + INTERVAL '0' DAY TO HOUR AS DATE) AS f FROM t");
    assertOtherRows(DatabaseKind.POSTGRESQL, "PostgreSQL", otherRows);
    for (String sql : otherRows) {
      // PostgreSQL takes them, and reads them otherwise than H2 checked
      assertEquals(Optional.empty(), ForeignSyntax.refusedBy("postgresql", sql), sql);
      assertTrue(ForeignSyntax.misreadBy("postgresql", sql).isPresent(), sql);
    }
    assertSameRows(DatabaseKind.POSTGRESQL, "PostgreSQL", alike);
    for (String sql : alike) {
      assertEquals(Optional.empty(), ForeignSyntax.misreadBy("postgresql", sql), sql);
    }
  }

  @Test
  void mariaDbReadsANameAndItsAliasWhereH2ReadsOneLiteral() throws SQLException {
    List<String> otherRows =
        List.of(
            "SELECT id, 1e1_0 FROM t",
            "SELECT id, 1.000_5 FROM t",
            "SELECT e 'a' FROM (SELECT id AS e FROM t) x",
            "SELECT e'a' FROM (SELECT id AS e FROM t) x",
            "SELECT uuid '123e4567-e89b-12d3-a456-426614174000' FROM (SELECT id AS uuid FROM t) x",
            "SELECT json '{}' FROM (SELECT id AS json FROM t) x",
            "SELECT ts '2024-01-02 10:00:00' FROM (SELECT id AS ts FROM t) x",
            "SELECT d '2024-01-02' FROM (SELECT id AS d FROM t) x",
            "SELECT 123abc FROM (SELECT id AS `123abc` FROM t) x");
    // MariaDB drops the zone of a time it casts, where H2 converts the time
    List<String> zonesDropped =
        List.of(
            "SELECT CAST('2024-01-02 10:00:00+05:45' AS DATETIME) AS ts FROM t",
            "SELECT CAST('10:00:00+05:45' AS TIME(0)) AS tm FROM t");
    assertOtherRows(DatabaseKind.MARIADB, "MariaDB", otherRows);
    assertOtherRows(DatabaseKind.MARIADB, "MariaDB", zonesDropped);
    for (String sql : otherRows) {
      // where no column of the name is read, MariaDB refuses them: named as refused
      assertTrue(ForeignSyntax.refusedBy("mariadb", sql).isPresent(), sql);
    }
    for (String sql : zonesDropped) {
      assertEquals(Optional.empty(), ForeignSyntax.refusedBy("mariadb", sql), sql);
      assertTrue(ForeignSyntax.misreadBy("mariadb", sql).isPresent(), sql);
    }
  }

  private static void assertOtherRows(DatabaseKind kind, String mode, List<String> queries)
      throws SQLException {
    assertRows(kind, mode, queries, false);
  }

  private static void assertSameRows(DatabaseKind kind, String mode, List<String> queries)
      throws SQLException {
    assertRows(kind, mode, queries, true);
  }

  private static void assertRows(DatabaseKind kind, String mode, List<String> queries, boolean same)
      throws SQLException {
    try (TestDatabase database = TestDatabases.open(kind);
        TestDatabase h2 = TestDatabases.openH2InMode(mode)) {
      database.execute(TABLE);
      h2.execute(TABLE);
      h2.execute("SET TIME ZONE 'UTC'");
      int view = 0;
      for (String sql : queries) {
        String create = "CREATE VIEW v" + view + " AS " + sql;
        database.execute(create);
        h2.execute(create);
        // the columns' names may differ too; the rows are what a reader gets
        List<String> onDatabase = database.query("SELECT * FROM v" + view);
        List<String> onH2 = h2.query("SELECT * FROM v" + view);
        List<String> h2Rows = onH2.subList(1, onH2.size());
        List<String> databaseRows = onDatabase.subList(1, onDatabase.size());
        if (same) {
          assertEquals(h2Rows, databaseRows, sql);
        } else {
          assertNotEquals(h2Rows, databaseRows, sql);
        }
        view++;
      }
    }
  }
}
