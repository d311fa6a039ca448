package dev.strata.spring;

import dev.strata.spring.fixtures.Account;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;

/**
 * Fresh databases for the tests (H2 unless a test asks for another), with or without the {@code
 * accounts} table the views read.
 */
final class AccountsDatabase {

  private AccountsDatabase() {}

  /** Opens one with two accounts, one active; close it after the test. */
  static TestDatabase open() throws SQLException {
    TestDatabase database = empty();
    database.execute(
        Account.CREATE_TABLE,
        "INSERT INTO accounts VALUES (1, 'ada@example.com', TRUE), (2, 'bob@example.com', FALSE)");
    return database;
  }

  /** Opens one without tables; close it after the test. */
  static TestDatabase empty() throws SQLException {
    return empty(DatabaseKind.H2);
  }

  /** Opens one of {@code kind} without tables; close it after the test. */
  static TestDatabase empty(DatabaseKind kind) throws SQLException {
    TestDatabase database = TestDatabases.open(kind);
    if (kind == DatabaseKind.H2) {
      // Spring Boot logs in to an embedded database as sa unless told otherwise
      database.execute("CREATE USER sa PASSWORD '' ADMIN");
    }
    return database;
  }
}
