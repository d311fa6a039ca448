package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Materialized views across versions, the same on every database (H2, PostgreSQL and MariaDB in the
 * subclasses): their rows are those of their last refresh, a plain view reads them, changing the
 * query creates them again with their indexes, an index added alone keeps their rows, a switch to a
 * plain view and back works both ways, and refreshes run in the order the views read each other.
 */
abstract class MaterializedViewScenarios extends DatabaseScenarios {

  private static final String TOTALS_SQL =
      "SELECT customer, SUM(total) AS total FROM orders GROUP BY customer";
  private static final String TOTALS_WITH_COUNT_SQL =
      "SELECT customer, SUM(total) AS total, COUNT(*) AS orders FROM orders GROUP BY customer";
  private static final String BIG_SQL = "SELECT customer FROM customer_totals WHERE total > 10";
  private static final Index CUSTOMER_KEY =
      Index.uniqueOn("customer_totals_customer_key", List.of("customer"));
  private static final Index TOTAL_IDX = Index.on("customer_totals_total_idx", List.of("total"));

  private static final FakeMigration ORDERS =
      FakeMigration.of(
          1,
          "Create orders",
          ops ->
              ops.createTable(
                  new Table(
                      "orders",
                      List.of(
                          Column.of("id", "BIGINT").notNull(),
                          Column.of("customer", "VARCHAR(20)"),
                          Column.of("total", "INTEGER")),
                      List.of("id"))),
          ops -> ops.dropTable("orders"));

  /** Version 2: a materialized view with a unique index, and a plain view that reads it. */
  private static final FakeMigration TOTALS =
      FakeMigration.of(
          2,
          "Create customer_totals",
          ops -> {
            ops.createMaterializedView("customer_totals", TOTALS_SQL, true, List.of(CUSTOMER_KEY));
            ops.createView("big_customers", BIG_SQL);
          },
          ops -> {
            ops.dropView("big_customers");
            ops.dropMaterializedView("customer_totals");
          });

  /** Version 3: its query changes and it gains an index: created again, its reader too. */
  private static final FakeMigration COUNTED =
      FakeMigration.of(
          3,
          "Replace customer_totals",
          ops -> {
            ops.dropView("big_customers");
            ops.dropMaterializedView("customer_totals");
            ops.createMaterializedView(
                "customer_totals", TOTALS_WITH_COUNT_SQL, true, List.of(CUSTOMER_KEY, TOTAL_IDX));
            ops.createView("big_customers", BIG_SQL);
          },
          ops -> {
            ops.dropView("big_customers");
            ops.dropMaterializedView("customer_totals");
            ops.createMaterializedView("customer_totals", TOTALS_SQL, true, List.of(CUSTOMER_KEY));
            ops.createView("big_customers", BIG_SQL);
          });

  /** Version 4: it becomes a plain view. */
  private static final FakeMigration PLAIN =
      FakeMigration.of(
          4,
          "Replace customer_totals",
          ops -> {
            ops.dropView("big_customers");
            ops.dropMaterializedView("customer_totals");
            ops.createView("customer_totals", TOTALS_WITH_COUNT_SQL);
            ops.createView("big_customers", BIG_SQL);
          },
          ops -> {
            ops.dropView("big_customers");
            ops.dropView("customer_totals");
            ops.createMaterializedView(
                "customer_totals", TOTALS_WITH_COUNT_SQL, true, List.of(CUSTOMER_KEY, TOTAL_IDX));
            ops.createView("big_customers", BIG_SQL);
          });

  @Test
  void aMaterializedViewKeepsTheRowsOfItsLastRefreshAndAPlainViewReadsThem() {
    Strata strata = strata(ORDERS, TOTALS);
    strata.upgrade(1);
    database.execute(
        "INSERT INTO orders (id, customer, total) VALUES (1, 'ann', 5), (2, 'bob', 20)");
    strata.upgrade();
    database.execute("INSERT INTO orders (id, customer, total) VALUES (3, 'ann', 7)");

    assertEquals(List.of("ann|5", "bob|20"), totals());
    assertEquals(List.of("bob"), bigCustomers());

    assertEquals(List.of("customer_totals"), strata.refresh("customer_totals"));

    assertEquals(List.of("ann|12", "bob|20"), totals());
    assertEquals(List.of("ann", "bob"), bigCustomers());
  }

  /**
   * A database whose views were made without Strata's history (by a DBA running {@code strata
   * sql}'s script, or an older tool) and then adopted with a baseline: the materialized views of
   * the adopted versions are Strata's to refresh, as the newest of them declares each, and one an
   * adopted version replaced by a plain view is not.
   */
  @Test
  void aBaselineAdoptsTheMaterializedViewsOfItsVersionsForRefreshes() {
    strata(ORDERS, TOTALS, COUNTED, PLAIN).upgrade(3);
    database.execute(
        "DROP TABLE strata_schema_history",
        "DROP TABLE strata_schema_history_materialized_views",
        "INSERT INTO orders (id, customer, total) VALUES (1, 'ann', 5), (2, 'ann', 9)");
    Strata adopting = strata(ORDERS, TOTALS, COUNTED, PLAIN);

    assertEquals(3, adopting.baseline(3).size());

    assertEquals(List.of("customer_totals"), adopting.refreshAll());
    assertEquals(
        List.of("ann|14|2"),
        database.rows("SELECT customer, total, orders FROM customer_totals ORDER BY customer"));
    adopting.upgrade();
    assertEquals(List.of(), adopting.refreshAll());
  }

  @Test
  void changingTheQueryAndAddingAnIndexCreatesItAgainFilledAndADowngradeRestoresTheOldOne() {
    Strata strata = strata(ORDERS, TOTALS, COUNTED);
    strata.upgrade(2);
    database.execute(
        "INSERT INTO orders (id, customer, total) VALUES (1, 'ann', 5), (2, 'ann', 9)");

    strata.upgrade();

    assertEquals(
        List.of("ann|14|2"),
        database.rows("SELECT customer, total, orders FROM customer_totals ORDER BY customer"));
    assertEquals(List.of("ann"), bigCustomers());
    assertUniqueIndexHolds();
    strata.downgrade(2);
    assertEquals(List.of("ann|14"), totals());
    assertEquals(List.of("main:1", "main:2"), database.history());
  }

  @Test
  void aMaterializedViewBecomesPlainAndBackAcrossUpgradeAndDowngrade() {
    Strata strata = strata(ORDERS, TOTALS, COUNTED, PLAIN);
    strata.upgrade(3);
    database.execute("INSERT INTO orders (id, customer, total) VALUES (1, 'ann', 30)");

    strata.upgrade();
    database.execute("INSERT INTO orders (id, customer, total) VALUES (2, 'bob', 1)");

    // a plain view shows every row at once, and there is nothing left to refresh
    assertEquals(List.of("ann|30", "bob|1"), totals());
    assertEquals(List.of(), strata.refreshAll());
    strata.downgrade(3);
    database.execute("INSERT INTO orders (id, customer, total) VALUES (3, 'cy', 50)");
    assertEquals(List.of("ann|30", "bob|1"), totals());
    assertEquals(List.of("customer_totals"), strata.refreshAll());
    assertEquals(List.of("ann|30", "bob|1", "cy|50"), totals());
    strata.downgrade(0);
    assertFalse(database.tableExists("customer_totals"));
    assertFalse(database.tableExists("CUSTOMER_TOTALS"));
    assertEquals(List.of(), database.viewNames());
  }

  @Test
  void anIndexAddedAloneKeepsTheRowsSurvivesARefreshAndAFailedMigrationGivesItBack() {
    FakeMigration indexed =
        FakeMigration.of(
            3,
            "Replace customer_totals",
            ops -> ops.createMaterializedViewIndex("customer_totals", TOTAL_IDX),
            ops -> ops.dropMaterializedViewIndex("customer_totals", TOTAL_IDX.name()));
    FakeMigration broken =
        FakeMigration.of(
            4,
            "Replace customer_totals",
            ops -> {
              ops.dropMaterializedViewIndex("customer_totals", TOTAL_IDX.name());
              ops.execute("SELECT no_such_column FROM orders");
            },
            ops -> {});
    Strata strata = strata(ORDERS, TOTALS, indexed);
    strata.upgrade(1);
    database.execute("INSERT INTO orders (id, customer, total) VALUES (1, 'ann', 5)");
    strata.upgrade(2);
    database.execute("INSERT INTO orders (id, customer, total) VALUES (2, 'bob', 20)");

    strata.upgrade();
    // not created again: bob's order waits for a refresh
    assertEquals(List.of("ann|5"), totals());
    assertUniqueIndexHolds();
    assertEquals(List.of("customer_totals"), strata.refreshAll());
    assertEquals(List.of("ann|5", "bob|20"), totals());
    assertUniqueIndexHolds();

    assertThrows(StrataException.class, strata(ORDERS, TOTALS, indexed, broken)::upgrade);
    assertUniqueIndexHolds();
    strata.downgrade(2);
    assertEquals(List.of("customer_totals_customer_key"), indexes());
    assertEquals(List.of("ann|5", "bob|20"), totals());
    assertEquals(List.of("customer_totals"), strata.refreshAll());
    assertEquals(List.of("customer_totals_customer_key"), indexes());
  }

  @Test
  void refreshAllRefreshesAViewBeforeTheMaterializedViewThatReadsIt() {
    FakeMigration top =
        FakeMigration.of(
            3,
            "Create top_customer",
            ops ->
                ops.createMaterializedView(
                    "top_customer",
                    "SELECT MAX(total) AS total FROM customer_totals",
                    true,
                    List.of()),
            ops -> ops.dropMaterializedView("top_customer"));
    Strata strata = strata(ORDERS, TOTALS, top);
    strata.upgrade();
    database.execute("INSERT INTO orders (id, customer, total) VALUES (1, 'ann', 5)");

    assertEquals(List.of("customer_totals", "top_customer"), strata.refreshAll());

    assertEquals(List.of("5"), database.rows("SELECT total FROM top_customer"));
  }

  @Test
  void aViewCreatedWithoutDataIsEmptyUntilItsFirstRefresh() {
    FakeMigration empty =
        FakeMigration.of(
            2,
            "Create customer_totals",
            ops -> ops.createMaterializedView("customer_totals", TOTALS_SQL, false, List.of()),
            ops -> ops.dropMaterializedView("customer_totals"));
    Strata strata = strata(ORDERS, empty);
    strata.upgrade(1);
    database.execute("INSERT INTO orders (id, customer, total) VALUES (1, 'ann', 5)");
    strata.upgrade();

    if (kind() == DatabaseKind.POSTGRESQL) {
      // PostgreSQL refuses to read a materialized view that was never filled
      assertThrows(IllegalStateException.class, this::totals);
    } else {
      assertEquals(List.of(), totals());
    }
    strata.refresh("customer_totals");
    assertEquals(List.of("ann|5"), totals());
  }

  @Test
  void aViewCreatedWithoutDataTakesAConcurrentFirstRefresh() {
    // PostgreSQL refuses CONCURRENTLY on a view never filled, which nobody can read anyway
    FakeMigration empty =
        FakeMigration.of(
            2,
            "Create customer_totals",
            ops ->
                ops.createMaterializedView(
                    "customer_totals", TOTALS_SQL, false, List.of(CUSTOMER_KEY)),
            ops -> ops.dropMaterializedView("customer_totals"));
    Strata strata = strata(ORDERS, empty);
    strata.upgrade();
    database.execute("INSERT INTO orders (id, customer, total) VALUES (1, 'ann', 5)");

    assertEquals(List.of("customer_totals"), strata.refreshAll(true));
    assertEquals(List.of("ann|5"), totals());
    database.execute("INSERT INTO orders (id, customer, total) VALUES (2, 'ann', 3)");
    strata.refresh("customer_totals", true);
    assertEquals(List.of("ann|8"), totals());
  }

  @Test
  void aRefreshThatFailsSaysWhetherTheViewsRefreshedBeforeItStayRefreshed() {
    // refreshed after customer_totals; fails when orders is empty
    FakeMigration share =
        FakeMigration.of(
            3,
            "Create order_share",
            ops ->
                ops.createMaterializedView(
                    "order_share", "SELECT 100 / COUNT(*) AS share FROM orders", true, List.of()),
            ops -> ops.dropMaterializedView("order_share"));
    Strata strata = strata(ORDERS, TOTALS, share);
    strata.upgrade(1);
    database.execute("INSERT INTO orders (id, customer, total) VALUES (1, 'ann', 5)");
    strata.upgrade();
    database.execute("DELETE FROM orders");

    String message = assertThrows(StrataException.class, strata::refreshAll).getMessage();

    assertTrue(message.contains("order_share"), message);
    if (kind() == DatabaseKind.MYSQL) {
      // each refresh swaps its table in with a RENAME TABLE, which commits at once
      assertTrue(message.contains("The views refreshed before it stay refreshed"), message);
      assertEquals(List.of(), totals());
    } else {
      assertTrue(message.contains("Nothing was refreshed"), message);
      assertEquals(List.of("ann|5"), totals());
    }
  }

  @Test
  void aConcurrentRefreshNeedsAUniqueIndexOnPostgresql() {
    FakeMigration unindexed =
        FakeMigration.of(
            3,
            "Create order_count",
            ops ->
                ops.createMaterializedView(
                    "order_count", "SELECT COUNT(*) AS n FROM orders", true, List.of()),
            ops -> ops.dropMaterializedView("order_count"));
    Strata strata = strata(ORDERS, TOTALS, unindexed);
    strata.upgrade();
    database.execute("INSERT INTO orders (id, customer, total) VALUES (1, 'ann', 5)");

    strata.refresh("customer_totals", true);
    assertEquals(List.of("ann|5"), totals());
    if (kind() == DatabaseKind.POSTGRESQL) {
      StrataException refused = assertThrows(StrataException.class, () -> strata.refreshAll(true));
      assertTrue(refused.getMessage().contains("needs a unique index"), refused.getMessage());
      assertTrue(refused.getMessage().contains("order_count"), refused.getMessage());
      assertEquals(List.of("0"), database.rows("SELECT n FROM order_count"));
    } else {
      // the stand-in table is always swapped whole: concurrently changes nothing
      strata.refreshAll(true);
      assertEquals(List.of("1"), database.rows("SELECT n FROM order_count"));
    }
  }

  @Test
  void aFailedMigrationThatDroppedAMaterializedViewLeavesItAsItWas() {
    FakeMigration broken =
        FakeMigration.of(
            3,
            "Drop customer_totals",
            ops -> {
              ops.dropView("big_customers");
              ops.dropMaterializedView("customer_totals");
              ops.execute("SELECT no_such_column FROM orders");
            },
            ops -> {});
    strata(ORDERS, TOTALS).upgrade(1);
    database.execute("INSERT INTO orders (id, customer, total) VALUES (1, 'bob', 20)");
    strata(ORDERS, TOTALS).upgrade();

    assertThrows(StrataException.class, strata(ORDERS, TOTALS, broken)::upgrade);

    assertEquals(List.of("main:1", "main:2"), database.history());
    assertEquals(List.of("bob|20"), totals());
    assertEquals(List.of("bob"), bigCustomers());
    database.execute("INSERT INTO orders (id, customer, total) VALUES (2, 'ann', 30)");
    assertEquals(List.of("customer_totals"), strata(ORDERS, TOTALS).refreshAll());
    assertEquals(List.of("ann|30", "bob|20"), totals());
  }

  @Test
  void refreshingAViewNoMigrationCreatedNamesTheOnesThatExist() {
    Strata strata = strata(ORDERS, TOTALS);
    strata.upgrade();

    StrataException unknown =
        assertThrows(StrataException.class, () -> strata.refresh("no_such_view"));

    assertTrue(
        unknown.getMessage().contains("the materialized views are customer_totals"),
        unknown.getMessage());
  }

  @Test
  void anIndexADbaAddedSurvivesARefresh() {
    Strata strata = strata(ORDERS, TOTALS);
    strata.upgrade();
    database.execute(
        "INSERT INTO orders (id, customer, total) VALUES (1, 'ann', 5)",
        "CREATE INDEX customer_totals_by_total ON customer_totals (total DESC)");

    assertEquals(List.of("customer_totals"), strata.refreshAll());

    assertEquals(List.of("ann|5"), totals());
    assertEquals(List.of("customer_totals_by_total", "customer_totals_customer_key"), indexes());
  }

  /**
   * A history table whose name leaves no room for the registry's suffix within the database's limit
   * (PostgreSQL's 63 characters, MySQL's 64): the registry of materialized views beside it is found
   * under the name the database gives it, for a view created again and for a refresh.
   */
  @Test
  void aHistoryTableOfALongNameKeepsTrackOfTheMaterializedViews() {
    String history = "history_of_the_reporting_schema_of_the_accounts_team";
    Strata strata =
        Strata.configure(database.dataSource())
            .historyTable(history)
            .sources(FakeSource.of("main", List.of(ORDERS, TOTALS, COUNTED)))
            .load();
    strata.upgrade(2);
    database.execute("INSERT INTO orders (id, customer, total) VALUES (1, 'ann', 5)");

    strata.upgrade();
    database.execute("INSERT INTO orders (id, customer, total) VALUES (2, 'ann', 9)");

    assertEquals(List.of("customer_totals"), strata.refreshAll());
    assertEquals(List.of("ann|14"), totals());
    strata.downgrade(2);
    assertEquals(List.of("customer_totals"), strata.refresh("customer_totals"));
  }

  private void assertUniqueIndexHolds() {
    assertEquals(List.of("customer_totals_customer_key", "customer_totals_total_idx"), indexes());
  }

  private List<String> indexes() {
    return database.indexNames("customer_totals");
  }

  private List<String> totals() {
    return database.rows("SELECT customer, total FROM customer_totals ORDER BY customer");
  }

  private List<String> bigCustomers() {
    return database.rows("SELECT customer FROM big_customers ORDER BY customer");
  }
}
