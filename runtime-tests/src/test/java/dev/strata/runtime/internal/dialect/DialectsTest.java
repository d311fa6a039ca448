package dev.strata.runtime.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialectsTest {

  @Test
  void choosesTheH2DialectForTheNameH2sDriverReports() throws SQLException {
    try (TestDatabase database = TestDatabase.create();
        Connection connection = database.dataSource().getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();

      assertInstanceOf(H2Dialect.class, Dialects.forProduct(product));
    }
  }

  @Test
  void anH2DatabaseInMemoryNeedsNoCheckpointAfterACommitAndAnH2FileDoes() throws SQLException {
    try (TestDatabase database = TestDatabase.create();
        Connection connection = database.dataSource().getConnection()) {
      String url = connection.getMetaData().getURL();

      assertEquals(null, Dialects.forProduct("H2", url).makeDurable(), url);
    }
    assertEquals(
        "CHECKPOINT SYNC", Dialects.forProduct("H2", "jdbc:h2:file:/tmp/app").makeDurable());
    assertEquals("CHECKPOINT SYNC", Dialects.forProduct("H2", "jdbc:h2:./memo").makeDurable());
    assertEquals("CHECKPOINT SYNC", Dialects.forProduct("H2").makeDurable());
  }

  @Test
  void anH2DatabaseInMemoryBehindAnH2ServerNeedsNoCheckpointEither() throws SQLException {
    try (TestDatabase database = TestDatabase.h2Server();
        Connection connection = database.dataSource().getConnection()) {
      String url = connection.getMetaData().getURL();

      assertEquals(null, Dialects.forProduct("H2", url).makeDurable(), url);
    }
    assertEquals(null, Dialects.forProduct("H2", "jdbc:h2:ssl://db:9092/mem:app").makeDurable());
    assertEquals(
        "CHECKPOINT SYNC", Dialects.forProduct("H2", "jdbc:h2:tcp://db/~/app").makeDurable());
    assertEquals(
        "CHECKPOINT SYNC", Dialects.forProduct("H2", "jdbc:h2:tcp://db//data/mem").makeDurable());
    assertEquals(
        "CHECKPOINT SYNC",
        Dialects.forProduct("H2", "jdbc:h2:/data/app;INIT=RUNSCRIPT FROM 'a:mem:b'").makeDurable());
  }

  @Test
  void choosesPostgresqlAndMysqlDialectsByProductName() {
    assertInstanceOf(PostgresDialect.class, Dialects.forProduct("PostgreSQL"));
    assertInstanceOf(MySqlDialect.class, Dialects.forProduct("MySQL"));
    assertEquals("MariaDB", Dialects.forProduct("MariaDB").name());
  }

  @Test
  void aDialectChosenByKindIsOfThatKind() {
    for (DatabaseKind kind : DatabaseKind.values()) {
      assertEquals(kind, Dialects.of(kind).kind());
    }
  }

  @Test
  void fallsBackToGenericSqlForOtherDatabases() {
    Dialect dialect = Dialects.forProduct("Apache Derby");

    assertInstanceOf(GenericDialect.class, dialect);
    assertEquals("Apache Derby (generic SQL)", dialect.name());
    assertEquals("unknown database (generic SQL)", Dialects.forProduct(null).name());
  }

  @Test
  void genericSqlReplacesAViewByDroppingAndCreatingIt() {
    Dialect dialect = new GenericDialect("Apache Derby");

    assertEquals(
        List.of("DROP VIEW active_users", "CREATE VIEW active_users AS SELECT 1"),
        dialect.replaceView("active_users", "SELECT 1"));
  }
}
