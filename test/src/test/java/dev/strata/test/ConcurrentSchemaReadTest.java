package dev.strata.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kit reads its schema while other tests, in other schemas of the same PostgreSQL database,
 * drop their tables: as build tools run test classes and modules side by side. Before, it read the
 * checks from {@code INFORMATION_SCHEMA}, which computes the text of every check in the database:
 * the read waited for another session's uncommitted {@code DROP TABLE} and then failed, "could not
 * open relation with OID" (seen in a parallel build).
 */
class ConcurrentSchemaReadTest {

  @Test
  void checksAreReadWhileAnotherSchemaDropsATable() throws SQLException {
    try (TestDatabase ours = TestDatabases.open(DatabaseKind.POSTGRESQL);
        TestDatabase other = TestDatabases.open(DatabaseKind.POSTGRESQL);
        Connection reading = ours.dataSource().getConnection();
        Connection dropping = other.dataSource().getConnection();
        Statement onOurs = reading.createStatement();
        Statement onOther = dropping.createStatement()) {
      String table = "CREATE TABLE totals (amount INTEGER CHECK (amount >= 0))";
      onOurs.execute(table);
      onOther.execute(table);
      dropping.setAutoCommit(false);
      onOther.execute("DROP TABLE totals");
      // the wait would last until the other session ends: a timeout stands for it
      onOurs.execute("SET statement_timeout = '5s'");

      DatabaseObjects objects = DatabaseObjects.read(reading, Set.of());

      assertEquals(
          List.of(new DatabaseCheck("totals_amount_check", "((amount >= 0))")),
          objects.structure("totals").orElseThrow().checks());
      dropping.rollback();
    }
  }
}
