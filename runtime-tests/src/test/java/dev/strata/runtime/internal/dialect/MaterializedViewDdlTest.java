package dev.strata.runtime.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Index;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DDL of materialized views: PostgreSQL's own, and the table that stands in for one elsewhere,
 * refreshed in place on H2 and swapped in by one {@code RENAME TABLE} on MySQL and MariaDB.
 */
class MaterializedViewDdlTest {

  private static final String SQL = "SELECT id FROM orders";
  private static final List<Index> KEY = List.of(Index.uniqueOn("totals_id_key", List.of("id")));

  private final Dialect h2 = new H2Dialect();
  private final Dialect postgres = new PostgresDialect();
  private final Dialect mariadb = new MySqlDialect("MariaDB");

  @Test
  void postgresqlCreatesDropsAndRefreshesAMaterializedView() {
    assertEquals(
        "CREATE MATERIALIZED VIEW totals AS SELECT id FROM orders WITH NO DATA",
        postgres.createMaterializedView("totals", SQL, false));
    assertEquals("DROP MATERIALIZED VIEW totals", postgres.dropMaterializedView("totals"));
    assertEquals(
        List.of("REFRESH MATERIALIZED VIEW CONCURRENTLY totals"),
        postgres.refreshMaterializedView("totals", SQL, KEY, true));
  }

  @Test
  void h2FillsATableAndRefreshesItsRowsInOneTransaction() {
    assertEquals(
        "CREATE TABLE totals AS SELECT id FROM orders",
        h2.createMaterializedView("totals", SQL, true));
    assertEquals(
        "CREATE TABLE totals AS SELECT * FROM (SELECT id FROM orders) strata_query WHERE 1 = 0",
        h2.createMaterializedView("totals", SQL, false));
    assertEquals("DROP TABLE totals", h2.dropMaterializedView("totals"));
    assertEquals(
        List.of(
            "DELETE FROM totals",
            "INSERT INTO totals SELECT * FROM (SELECT id FROM orders) strata_query"),
        h2.refreshMaterializedView("totals", SQL, KEY, false));
  }

  @Test
  void aQueryEndingInALineCommentEndsItsLineBeforeTheTextAfterIt() {
    String commented = "SELECT id FROM orders -- all of them";

    assertEquals(
        "CREATE MATERIALIZED VIEW totals AS " + commented + "\n WITH NO DATA",
        postgres.createMaterializedView("totals", commented, false));
    assertEquals(
        "CREATE TABLE totals AS SELECT * FROM (" + commented + "\n) strata_query WHERE 1 = 0",
        h2.createMaterializedView("totals", commented, false));
    assertEquals(
        "INSERT INTO totals SELECT * FROM (" + commented + "\n) strata_query",
        h2.refreshMaterializedView("totals", commented, KEY, false).get(1));
  }

  @Test
  void mariadbSwapsInAFreshlyFilledTableWithItsIndexes() {
    assertEquals(
        List.of(
            "DROP TABLE IF EXISTS totals_strata_new, totals_strata_old",
            "CREATE TABLE totals_strata_new AS SELECT id FROM orders",
            "CREATE UNIQUE INDEX totals_id_key ON totals_strata_new (id)",
            "RENAME TABLE totals TO totals_strata_old, totals_strata_new TO totals",
            "DROP TABLE totals_strata_old"),
        mariadb.refreshMaterializedView("totals", SQL, KEY, true));
  }
}
