package dev.strata.runtime.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class H2DialectTest {

  private final TestDatabase database = TestDatabase.withUsers();
  private final H2Dialect dialect = new H2Dialect();

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void h2CommitsDdlAtOnceSoARollbackCannotUndoAMigration() throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute("UPDATE users SET email = 'changed' WHERE id = 1");
      statement.execute(dialect.createView("active_users", "SELECT id FROM users"));
      connection.rollback();
    }

    assertFalse(dialect.transactionalDdl());
    assertEquals(List.of("ACTIVE_USERS"), database.views());
    // the DDL committed the update before it, too
    assertEquals(List.of("changed"), database.rows("SELECT email FROM users WHERE id = 1"));
  }

  @Test
  void rendersViewDdlWithNamesUnquoted() {
    assertEquals(
        "CREATE VIEW reporting.active_users AS SELECT 1",
        dialect.createView("reporting.active_users", "SELECT 1"));
    assertEquals(
        List.of("CREATE OR REPLACE VIEW active_users AS SELECT 2"),
        dialect.replaceView("active_users", "SELECT 2"));
    assertEquals("DROP VIEW active_users", dialect.dropView("active_users"));
    assertEquals(
        "ALTER VIEW reporting.a RENAME TO b", dialect.renameView("reporting.a", "reporting.b"));
  }

  @Test
  void renamesAViewKeepingItsQuery() throws SQLException {
    database.execute("CREATE VIEW active_users AS SELECT id FROM users WHERE active");

    database.execute(dialect.renameView("active_users", "current_users"));

    assertEquals(List.of("CURRENT_USERS"), database.views());
    assertEquals(List.of("1", "3"), database.rows("SELECT id FROM current_users ORDER BY id"));
  }
}
