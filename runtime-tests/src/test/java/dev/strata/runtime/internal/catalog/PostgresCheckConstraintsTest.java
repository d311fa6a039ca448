package dev.strata.runtime.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Check;
import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Schemas of one PostgreSQL database migrated at once, as a schema per tenant is: reading a check
 * of this schema's table does not wait for, or fail on, a table of the same name that another
 * session is dropping in another schema. Before, it read {@code INFORMATION_SCHEMA}, whose {@code
 * CHECK_CONSTRAINTS} computes the text of every check of that name in the database: it waited for
 * the other session and then failed, "could not open relation with OID".
 */
class PostgresCheckConstraintsTest {

  private final TestDatabase ours = TestDatabase.create(DatabaseKind.POSTGRESQL);
  private final TestDatabase tenant = TestDatabase.create(DatabaseKind.POSTGRESQL);
  private final Dialect dialect = Dialects.of(DatabaseKind.POSTGRESQL);

  @AfterEach
  void dropDatabases() {
    ours.close();
    tenant.close();
  }

  @Test
  void aCheckIsReadWhileAnotherSchemaDropsATableOfTheSameName() throws SQLException {
    String table = "CREATE TABLE accounts (id INTEGER CONSTRAINT accounts_id_check CHECK (id > 0))";
    ours.execute(table);
    tenant.execute(table);
    try (Connection dropping = tenant.dataSource().getConnection();
        Connection reading = ours.dataSource().getConnection();
        Statement drop = dropping.createStatement();
        Statement timeout = reading.createStatement()) {
      dropping.setAutoCommit(false);
      drop.execute("DROP TABLE accounts");
      // the wait would last until the other session ends: a timeout stands for it
      timeout.execute("SET statement_timeout = '5s'");

      Check check = new Catalog(reading, dialect).check("accounts", "accounts_id_check");

      assertEquals(new Check("accounts_id_check", "((id > 0))"), check);
      dropping.rollback();
    }
  }
}
