package dev.strata.runtime.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Dialect#ddlCommitsFirst} against the real databases: a run leaves its history row marked
 * running uncommitted before its first statement, so a dialect that says its DDL commits first must
 * be right, or a run killed after that statement would leave no row saying so.
 */
class DdlCommitsFirstTest {

  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"H2", "MYSQL", "POSTGRESQL"})
  void aViewCreatedAfterAnUncommittedInsertCommitsItExactlyWhereTheDialectSaysSo(DatabaseKind kind)
      throws SQLException {
    try (TestDatabase database = TestDatabase.create(kind).withUsersTable();
        Connection connection = database.dataSource().getConnection()) {
      Dialect dialect =
          Dialects.forProduct(
              connection.getMetaData().getDatabaseProductName(), connection.getMetaData().getURL());
      database.execute("CREATE TABLE journal (id INT)");
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO journal (id) VALUES (1)");
        statement.execute(dialect.createView("journaled", ViewQuery.of("SELECT id FROM users")));
      }
      connection.rollback();

      List<String> rows = database.rows("SELECT id FROM journal");
      assertEquals(dialect.ddlCommitsFirst() ? List.of("1") : List.of(), rows, dialect.name());
    }
  }
}
