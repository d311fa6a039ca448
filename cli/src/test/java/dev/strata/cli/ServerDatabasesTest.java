package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.cli.Cli.Result;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The command line against PostgreSQL and MariaDB, each test in a schema of its own; skipped when a
 * server does not answer, except with {@code CI=true}.
 */
class ServerDatabasesTest {

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MARIADB"})
  void upgradesChecksAndRevertsOnAServer(DatabaseKind kind) throws Exception {
    try (TestDatabase database = TestDatabases.open(kind)) {
      database.execute(TestMigrations.ITEMS_TABLE);

      Result pending = strata(database, "status");
      assertEquals(0, pending.exitCode(), pending::toString);
      assertEquals(2, pending.rows("PENDING"), pending::toString);

      Result sql = strata(database, "sql");
      assertEquals(0, sql.exitCode(), sql::toString);
      assertTrue(sql.out().contains("CREATE VIEW item_names"), sql::toString);

      Result upgrade = strata(database, "upgrade", "--lock-timeout", "30s");
      assertEquals(0, upgrade.exitCode(), upgrade::toString);
      assertEquals(List.of("expensive_items", "item_names"), database.viewNames());
      assertEquals(0, strata(database, "upgrade").exitCode());

      Result validate = strata(database, "validate");
      assertEquals(0, validate.exitCode(), validate::toString);

      Result downgrade = strata(database, "downgrade", "--to", "0");
      assertEquals(0, downgrade.exitCode(), downgrade::toString);
      assertEquals(List.of(), database.viewNames());
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MARIADB"})
  void validateReportsATamperedChecksumOnAServer(DatabaseKind kind) throws Exception {
    try (TestDatabase database = TestDatabases.open(kind)) {
      database.execute(TestMigrations.ITEMS_TABLE);
      assertEquals(0, strata(database, "upgrade").exitCode());
      database.execute("UPDATE strata_schema_history SET checksum = 'tampered' WHERE version = 2");

      Result validate = strata(database, "validate");

      assertEquals(1, validate.exitCode(), validate::toString);
      assertTrue(validate.err().contains("V0002"), validate::toString);
    }
  }

  private static Result strata(TestDatabase database, String command, String... options) {
    return Cli.onShop(database.url(), command, options);
  }
}
