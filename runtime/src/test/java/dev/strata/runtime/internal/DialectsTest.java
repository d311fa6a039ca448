package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.testing.TestDatabase;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialectsTest {

  @Test
  void choosesTheH2DialectForH2() throws SQLException {
    try (TestDatabase database = TestDatabase.create();
        Connection connection = database.dataSource().getConnection()) {
      assertInstanceOf(H2Dialect.class, Dialects.of(connection.getMetaData()));
    }
  }

  @Test
  void choosesPostgresqlAndMysqlDialectsByProductName() throws SQLException {
    assertInstanceOf(PostgresDialect.class, Dialects.of(metaData("PostgreSQL")));
    assertInstanceOf(MySqlDialect.class, Dialects.of(metaData("MySQL")));
    assertEquals("MariaDB", Dialects.of(metaData("MariaDB")).name());
  }

  @Test
  void aDialectChosenByKindIsOfThatKind() {
    for (DatabaseKind kind : DatabaseKind.values()) {
      assertEquals(kind, Dialects.of(kind).kind());
    }
  }

  @Test
  void fallsBackToGenericSqlForOtherDatabases() throws SQLException {
    Dialect dialect = Dialects.of(metaData("Apache Derby"));

    assertInstanceOf(GenericDialect.class, dialect);
    assertEquals("Apache Derby (generic SQL)", dialect.name());
  }

  @Test
  void genericSqlReplacesAViewByDroppingAndCreatingIt() {
    Dialect dialect = new GenericDialect("Apache Derby");

    assertEquals(
        List.of("DROP VIEW active_users", "CREATE VIEW active_users AS SELECT 1"),
        dialect.replaceView("active_users", "SELECT 1"));
  }

  private static DatabaseMetaData metaData(String product) {
    return (DatabaseMetaData)
        Proxy.newProxyInstance(
            DialectsTest.class.getClassLoader(),
            new Class<?>[] {DatabaseMetaData.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getDatabaseProductName")) {
                return product;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
