package dev.strata.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Column;
import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.Table;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On H2, whose DDL commits at once: how each table operation is undone or resumed. */
class TableUndoTest {

  private final TestDatabase database = TestDatabase.create();
  private final Dialect h2 = Dialects.of(DatabaseKind.H2);

  @BeforeEach
  void createTables() {
    database.withCustomersAndOrders();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void droppedIndexesAndForeignKeysAreRecreatedFromTheCatalog() throws SQLException {
    try (Connection connection = database.dataSource().getConnection()) {
      JdbcOperations ops = new JdbcOperations(connection, h2);
      ops.dropForeignKey("orders", "orders_customer_id_fkey");
      ops.dropIndex("customers", "customers_email_key");

      Compensation compensation = ops.undoLog().undo(connection);

      assertEquals(
          List.of(
              "CREATE UNIQUE INDEX customers_email_key ON customers (email)",
              "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY"
                  + " (customer_id) REFERENCES customers (id)"),
          compensation.ran());
    }
    assertThrows(
        IllegalStateException.class,
        () -> database.execute("INSERT INTO customers VALUES (2, 'ann@example.com')"));
    assertThrows(
        IllegalStateException.class,
        () -> database.execute("INSERT INTO orders VALUES (1, 99, NULL)"));
  }

  @Test
  void eachUndoableOperationIsUndoneNewestFirst() throws SQLException {
    try (Connection connection = database.dataSource().getConnection()) {
      JdbcOperations ops = new JdbcOperations(connection, h2);
      ops.createTable(
          new Table("audit", List.of(new Column("id", "INTEGER", false, true)), List.of("id")));
      ops.addColumn("customers", new Column("phone", "VARCHAR(20)", true, false));
      ops.renameColumn("customers", "phone", "mobile");
      ops.createIndex("customers", new Index("customers_mobile_idx", List.of("mobile"), false));
      ops.renameTable("orders", "purchases");
      ops.addForeignKey(
          "audit", new ForeignKey("audit_id_fkey", List.of("id"), "customers", List.of("id")));

      assertEquals(
          List.of(
              "ALTER TABLE audit DROP CONSTRAINT audit_id_fkey",
              "ALTER TABLE purchases RENAME TO orders",
              "DROP INDEX customers_mobile_idx",
              "ALTER TABLE customers RENAME COLUMN mobile TO phone",
              "ALTER TABLE customers DROP COLUMN phone",
              "DROP TABLE audit"),
          ops.undoLog().undo(connection).ran());
    }
    assertEquals(
        List.of("CUSTOMERS", "ORDERS"),
        database.rows(
            "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " ORDER BY TABLE_NAME"));
  }

  @Test
  void anOperationThatFailedLeavesWhatWasThereBefore() throws SQLException {
    try (Connection connection = database.dataSource().getConnection()) {
      JdbcOperations ops = new JdbcOperations(connection, h2);
      // the table exists: the CREATE fails, and undoing it must not drop the table there before
      assertThrows(
          StatementFailure.class,
          () ->
              ops.createTable(
                  new Table(
                      "customers", List.of(new Column("id", "BIGINT", false, false)), List.of())));
      assertThrows(
          StatementFailure.class,
          () -> ops.addColumn("customers", new Column("email", "VARCHAR(5)", true, false)));

      Compensation compensation = ops.undoLog().undo(connection);

      assertEquals(List.of(), compensation.ran());
      assertEquals(List.of(), compensation.remaining());
    }
    assertEquals(List.of("1|ann@example.com"), database.rows("SELECT * FROM customers"));
  }

  @Test
  void destructiveOperationsAreListedAsNotUndoable() throws SQLException {
    try (Connection connection = database.dataSource().getConnection()) {
      JdbcOperations ops = new JdbcOperations(connection, h2);
      ops.alterColumn("orders", new Column("placed_at", "TIMESTAMP", true, false));
      ops.dropColumn("orders", "placed_at");
      ops.dropTable("orders");

      Compensation compensation = ops.undoLog().undo(connection);

      assertEquals(List.of(), compensation.ran());
      assertEquals(
          List.of(
              "ALTER TABLE orders ALTER COLUMN placed_at SET DATA TYPE TIMESTAMP",
              "ALTER TABLE orders ALTER COLUMN placed_at DROP NOT NULL",
              "ALTER TABLE orders DROP COLUMN placed_at",
              "DROP TABLE orders"),
          ops.undoLog().uncompensable(UndoLog.Irreversible.DESTRUCTIVE));
      assertEquals(List.of(), ops.undoLog().uncompensable(UndoLog.Irreversible.EXECUTED));
    }
  }

  @Test
  void aResumedRunSkipsATableOperationAlreadyInEffect() throws SQLException {
    List<Integer> progress = new ArrayList<>();
    database.execute("ALTER TABLE orders RENAME TO purchases");
    try (Connection connection = database.dataSource().getConnection()) {
      // the interrupted run had finished no statement, but its first one took effect
      JdbcOperations ops = new JdbcOperations(connection, h2, progress::add, 0);
      ops.renameTable("orders", "purchases");
      ops.addColumn("purchases", new Column("note", "VARCHAR(10)", true, false));

      assertEquals(List.of(1, 2), progress);
      assertEquals(
          List.of("ALTER TABLE purchases DROP COLUMN note"), ops.undoLog().undo(connection).ran());
    }
  }

  @Test
  void namesAreCheckedBeforeReachingTheDatabase() throws SQLException {
    try (Connection connection = database.dataSource().getConnection()) {
      JdbcOperations ops = new JdbcOperations(connection, h2);

      String column =
          assertThrows(
                  IllegalArgumentException.class,
                  () -> ops.dropColumn("orders", "id; DROP TABLE customers"))
              .getMessage();
      String rename =
          assertThrows(
                  IllegalArgumentException.class, () -> ops.renameTable("orders", "other.orders"))
              .getMessage();

      assertTrue(column.startsWith("Invalid column name 'id; DROP TABLE customers'"), column);
      assertTrue(rename.startsWith("Cannot rename table orders to other.orders"), rename);
    }
  }
}
