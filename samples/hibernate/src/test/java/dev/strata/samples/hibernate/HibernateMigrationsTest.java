package dev.strata.samples.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.test.ConnectionWork;
import dev.strata.test.EmbeddedPostgresDatabase;
import dev.strata.test.MigrationTestKit;
import dev.strata.test.Rows;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The Hibernate sample's four versions, tables included, walked up and back down by strata-test:
 * after each step every table (columns, types, nullability) and view matches that version's
 * snapshot, and rows written at one version survive the next upgrade (a new column, a rename of the
 * column beside them) and the downgrade back.
 */
class HibernateMigrationsTest {

  private static final MigrationTestKit KIT =
      MigrationTestKit.create()
          .atVersion(
              1,
              ConnectionWork.sql(
                  "INSERT INTO customers (name, email) VALUES ('Ada', 'ada@example.com')",
                  "INSERT INTO orders (customer_id, amount)"
                      + " SELECT id, 49.90 FROM customers WHERE name = 'Ada'"),
              connection ->
                  assertEquals(
                      "49.90",
                      Rows.firstValue(
                          connection, "SELECT total FROM customer_spending WHERE name = 'Ada'")))
          .atVersion(
              3,
              ConnectionWork.sql(
                  "INSERT INTO customers (name, email, city)"
                      + " VALUES ('Grace', 'grace@example.com', 'Arlington')"),
              connection ->
                  assertEquals(
                      "Grace",
                      Rows.firstValue(
                          connection, "SELECT name FROM customers WHERE city = 'Arlington'")));

  @Test
  void everyVersionUpgradesAndDowngradesOnH2() {
    assertEquals(4, KIT.run());
  }

  @Test
  void everyVersionUpgradesAndDowngradesOnPostgres() {
    try (EmbeddedPostgresDatabase postgres = EmbeddedPostgresDatabase.start()) {
      assertEquals(4, KIT.database(postgres.dataSource()).run());
    }
  }

  @Test
  void everyVersionUpgradesAndDowngradesOnMariaDb() {
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      assertEquals(4, KIT.database(mariadb.dataSource()).run());
    }
  }
}
