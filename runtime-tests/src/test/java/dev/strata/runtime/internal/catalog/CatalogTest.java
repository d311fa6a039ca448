package dev.strata.runtime.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** On H2: what the catalog reads back of views, tables and their parts. */
class CatalogTest {

  private final TestDatabase database = TestDatabase.withUsers();
  private final Dialect h2 = Dialects.of(DatabaseKind.H2);

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void readsTheQueryOfAViewInTheCurrentSchema() throws SQLException {
    database.execute("CREATE VIEW active_users AS SELECT id, email FROM users WHERE active");

    try (Connection connection = database.dataSource().getConnection()) {
      Catalog catalog = new Catalog(connection, h2);
      String definition = catalog.viewDefinition("active_users");

      assertTrue(definition.contains("FROM \"PUBLIC\".\"USERS\""), definition);
      assertNull(catalog.viewDefinition("no_such_view"));
    }
  }

  @Test
  void readsTheQueryOfAViewInAnotherSchemaOnlyByItsQualifiedName() throws SQLException {
    database.execute("CREATE SCHEMA reporting", "CREATE VIEW reporting.totals AS SELECT 1 AS one");

    try (Connection connection = database.dataSource().getConnection()) {
      Catalog catalog = new Catalog(connection, h2);

      assertTrue(catalog.viewDefinition("reporting.totals").contains("1"));
      assertNull(catalog.viewDefinition("totals"));
    }
  }

  @Test
  void aDefinitionReadBackRecreatesTheSameView() throws SQLException {
    database.execute("CREATE VIEW active_users AS SELECT id, email FROM users WHERE active");
    List<String> before = database.rows("SELECT * FROM active_users ORDER BY id");

    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      String definition = new Catalog(connection, h2).viewDefinition("active_users");
      statement.execute(h2.dropView("active_users"));
      statement.execute(h2.createView("active_users", definition));
    }

    assertEquals(before, database.rows("SELECT * FROM active_users ORDER BY id"));
  }

  @Test
  void readsIndexesAndForeignKeysBackAsTheyWereCreated() throws SQLException {
    database.withCustomersAndOrders().execute("CREATE VIEW recent_orders AS SELECT id FROM orders");

    try (Connection connection = database.dataSource().getConnection()) {
      Catalog catalog = new Catalog(connection, h2);

      assertEquals(
          new Index("customers_email_key", List.of("email"), true),
          catalog.index("customers", "customers_email_key"));
      assertEquals(
          new ForeignKey(
              "orders_customer_id_fkey", List.of("customer_id"), "customers", List.of("id")),
          catalog.foreignKey("orders", "orders_customer_id_fkey"));
      assertNull(catalog.index("customers", "customersXemail_key"));
      assertTrue(catalog.tableExists("public.orders"));
      assertFalse(catalog.tableExists("ordersX"));
      assertFalse(catalog.tableExists("recent_orders"), "a view is not a table");
      assertTrue(catalog.columnExists("orders", "placed_at"));
      assertFalse(catalog.columnExists("orders", "placedXat"));
    }
  }
}
