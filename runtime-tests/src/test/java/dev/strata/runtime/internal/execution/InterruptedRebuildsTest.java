package dev.strata.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Strata;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The two states in which a killed H2 leaves a table rebuild, made by hand as H2 leaves them, and
 * what {@code repair()} makes of each: the table as it would be had the rebuild not begun, or had
 * it finished.
 */
class InterruptedRebuildsTest {

  private final TestDatabase database = TestDatabase.create();

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void anUnfinishedCopyBesideItsWholeOriginalIsDroppedWithTheConstraintsOnIt() {
    database.execute(
        "CREATE TABLE customers (id BIGINT PRIMARY KEY, email VARCHAR(100))",
        "INSERT INTO customers VALUES (1, 'ann@example.com')",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT)",
        "ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id)"
            + " REFERENCES customers (id)",
        "CREATE TABLE customers_copy_3_4 (id BIGINT PRIMARY KEY, email VARCHAR(100),"
            + " phone VARCHAR(20))",
        "ALTER TABLE orders ADD CONSTRAINT customers_copy_3_4_orders_customer_fkey"
            + " FOREIGN KEY (customer_id) REFERENCES customers_copy_3_4 (id)");

    repair();

    assertEquals(List.of("CUSTOMERS", "ORDERS", "STRATA_SCHEMA_HISTORY"), tables());
    assertEquals(List.of("ORDERS_CUSTOMER_FKEY"), foreignKeys());
    assertEquals(List.of("1|ann@example.com"), database.rows("SELECT * FROM customers"));
  }

  @Test
  void aCopyWhoseOriginalWasDroppedTakesItsNameAndItsPartsTheirs() {
    database.execute(
        "CREATE TABLE customers_copy_3_4 (id BIGINT PRIMARY KEY, email VARCHAR(100),"
            + " phone VARCHAR(20))",
        "INSERT INTO customers_copy_3_4 VALUES (1, 'ann@example.com', NULL)",
        "CREATE UNIQUE INDEX customers_copy_3_4_customers_email_key"
            + " ON customers_copy_3_4 (email)",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT)",
        "ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id)"
            + " REFERENCES customers_copy_3_4 (id)");

    repair();

    assertEquals(List.of("CUSTOMERS", "ORDERS", "STRATA_SCHEMA_HISTORY"), tables());
    assertEquals(List.of("1|ann@example.com|null"), database.rows("SELECT * FROM customers"));
    assertEquals(
        List.of("CUSTOMERS_EMAIL_KEY"),
        database.rows(
            "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'CUSTOMERS'"
                + " AND INDEX_TYPE_NAME = 'UNIQUE INDEX'"));
    assertEquals(
        List.of("CUSTOMERS"),
        database.rows(
            "SELECT c.TABLE_NAME FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r"
                + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
                + " ON c.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME"));
  }

  private void repair() {
    Strata.configure(database.dataSource()).sources(UserViews.source()).load().repair();
  }

  private List<String> tables() {
    return database.rows(
        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
            + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
  }

  private List<String> foreignKeys() {
    return database.rows(
        "SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
            + " WHERE CONSTRAINT_TYPE = 'FOREIGN KEY' ORDER BY CONSTRAINT_NAME");
  }
}
