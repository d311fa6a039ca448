package dev.strata.samples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.test.ConnectionWork;
import dev.strata.test.EmbeddedPostgresDatabase;
import dev.strata.test.MigrationTestKit;
import dev.strata.test.Rows;
import org.junit.jupiter.api.Test;

/**
 * The quickstart's three versions, walked up and back down by strata-test on H2 and on a real
 * PostgreSQL: every version's views match its snapshot, and rows written at one version show
 * through the views of the next.
 */
class QuickstartMigrationsTest {

  private static final MigrationTestKit KIT =
      MigrationTestKit.create()
          .beforeFirstVersion(ShopTables::createIfAbsent)
          .atVersion(
              1,
              ConnectionWork.sql(
                  "INSERT INTO customers VALUES (4, 'Hedy', 'hedy@example.com', NULL)",
                  "INSERT INTO orders VALUES (7, 4, 1, 300.00)"),
              connection ->
                  assertEquals(
                      "300.00",
                      Rows.firstValue(
                          connection,
                          "SELECT total FROM customer_order_totals WHERE customer_id = 4")))
          .atVersion(
              2,
              ConnectionWork.sql("INSERT INTO products VALUES (4, 'Mouse')"),
              connection ->
                  assertEquals(
                      "0",
                      Rows.firstValue(
                          connection, "SELECT orders FROM product_sales WHERE product_id = 4")));

  @Test
  void everyVersionUpgradesAndDowngradesOnH2() {
    assertEquals(3, KIT.run());
  }

  @Test
  void everyVersionUpgradesAndDowngradesOnPostgres() {
    try (EmbeddedPostgresDatabase postgres = EmbeddedPostgresDatabase.start()) {
      assertEquals(3, KIT.database(postgres.dataSource()).run());
    }
  }
}
