package dev.strata.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.Migration;
import dev.strata.runtime.Operations;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UndoLogTest {

  private static final List<String> ROWS = List.of("1|ann@example.com", "3|cyd@example.com");

  private final TestDatabase database = TestDatabase.withUsers();

  @BeforeEach
  void createView() {
    database.execute("CREATE VIEW active_users AS SELECT id, email FROM users WHERE active");
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void restoresAViewDroppedHalfWayThroughADropThenCreateReplacement() throws SQLException {
    Dialect generic = Dialects.of(DatabaseKind.GENERIC);
    try (Connection connection = database.dataSource().getConnection()) {
      JdbcOperations ops = new JdbcOperations(connection, generic);

      StatementFailure failure =
          assertThrows(
              StatementFailure.class,
              () -> ops.replaceView("active_users", "SELECT no_such_column FROM users"));
      assertEquals(List.of(), database.views(), "the DROP ran, the CREATE did not");

      Compensation compensation = ops.undoLog().undo(connection);

      assertTrue(compensation.succeeded());
      assertEquals(1, compensation.ran().size());
      assertTrue(failure.statement().startsWith("CREATE VIEW active_users AS SELECT no_such"));
    }
    assertEquals(ROWS, database.rows("SELECT * FROM active_users ORDER BY id"));
  }

  @Test
  void undoingAnOperationThatNeverTookEffectRunsNothing() throws SQLException {
    Dialect h2 = Dialects.of(DatabaseKind.H2);
    try (Connection connection = database.dataSource().getConnection()) {
      JdbcOperations ops = new JdbcOperations(connection, h2);
      assertThrows(StatementFailure.class, () -> ops.createView("active_users", "SELECT 1"));

      Compensation compensation = ops.undoLog().undo(connection);

      assertEquals(List.of(), compensation.ran());
      assertEquals(List.of(), compensation.remaining());
    }
    assertEquals(ROWS, database.rows("SELECT * FROM active_users ORDER BY id"));
  }

  @Test
  void undoesARenameByRenamingBack() throws SQLException {
    Dialect h2 = Dialects.of(DatabaseKind.H2);
    try (Connection connection = database.dataSource().getConnection()) {
      JdbcOperations ops = new JdbcOperations(connection, h2);
      ops.renameView("active_users", "current_users");
      assertEquals(List.of("CURRENT_USERS"), database.views());

      Compensation compensation = ops.undoLog().undo(connection);

      assertEquals(List.of("ALTER VIEW current_users RENAME TO active_users"), compensation.ran());
    }
    assertEquals(ROWS, database.rows("SELECT * FROM active_users ORDER BY id"));
  }

  @Test
  void undoingARenameThatFailedRunsNothing() throws SQLException {
    Dialect h2 = Dialects.of(DatabaseKind.H2);
    database.execute("CREATE VIEW current_users AS SELECT 1 AS one");
    try (Connection connection = database.dataSource().getConnection()) {
      JdbcOperations ops = new JdbcOperations(connection, h2);
      assertThrows(StatementFailure.class, () -> ops.renameView("active_users", "current_users"));

      assertEquals(List.of(), ops.undoLog().undo(connection).ran());
    }
    assertEquals(List.of("ACTIVE_USERS", "CURRENT_USERS"), database.views());
  }

  @Test
  void transactionalDdlNeedsNoDefinitionsRead() throws SQLException {
    try (Connection connection = database.dataSource().getConnection()) {
      JdbcOperations ops =
          new JdbcOperations(withoutCatalogReads(connection), new TransactionalH2());
      // replaced in one statement: no view reads it, so none is looked up (a drop would)
      ops.replaceView("active_users", "SELECT id FROM users");

      // nothing to restore: on such databases the rollback does it
      assertEquals(List.of(), ops.undoLog().undo(connection).ran());
    }
    assertEquals(List.of("ACTIVE_USERS"), database.views());
  }

  @Test
  void aReplacedViewIsRestoredFromTheMigrationsOtherDirectionWithoutReadingItsDefinition()
      throws SQLException {
    Migration migration =
        new Migration() {
          @Override
          public int version() {
            return 2;
          }

          @Override
          public String description() {
            return "Narrow active_users";
          }

          @Override
          public String checksum() {
            return "c";
          }

          @Override
          public void upgrade(Operations ops) {
            ops.replaceView("active_users", "SELECT id FROM users");
          }

          @Override
          public void downgrade(Operations ops) {
            ops.replaceView("active_users", "SELECT id, email FROM users WHERE active");
          }
        };
    AtomicBoolean refuse = new AtomicBoolean(true);
    try (Connection connection = database.dataSource().getConnection()) {
      JdbcOperations ops =
          new JdbcOperations(
              withoutCatalogReads(connection, refuse),
              Dialects.of(DatabaseKind.H2),
              (statements, durable) -> {},
              null,
              null,
              PriorViews.of(migration, Direction.UPGRADE),
              null);
      migration.upgrade(ops);
      // undoing compares with what is there now: reading is allowed then
      refuse.set(false);

      assertEquals(
          List.of(
              "CREATE OR REPLACE VIEW active_users AS SELECT id, email FROM users WHERE active"),
          ops.undoLog().undo(connection).ran());
    }
    assertEquals(ROWS, database.rows("SELECT * FROM active_users ORDER BY id"));
  }

  /** H2 pretending to roll DDL back, to see what the runtime skips for PostgreSQL. */
  private static final class TransactionalH2 implements Dialect {

    @Override
    public DatabaseKind kind() {
      return DatabaseKind.H2;
    }

    @Override
    public String name() {
      return "transactional H2";
    }

    @Override
    public boolean transactionalDdl() {
      return true;
    }
  }

  /** {@code connection}, failing the test if anything reads a view's definition through it. */
  private static Connection withoutCatalogReads(Connection connection) {
    return withoutCatalogReads(connection, new AtomicBoolean(true));
  }

  /** The connection, refusing to read definitions from the catalog while {@code refuse} is set. */
  private static Connection withoutCatalogReads(Connection connection, AtomicBoolean refuse) {
    return (Connection)
        Proxy.newProxyInstance(
            UndoLogTest.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              boolean reads =
                  method.getName().equals("getMetaData")
                      || (method.getName().equals("prepareStatement")
                          && String.valueOf(args[0]).contains("VIEW_DEFINITION"));
              if (reads && refuse.get()) {
                throw new AssertionError("no definition may be read here");
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
