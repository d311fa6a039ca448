package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.cli.Cli.Result;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What {@code strata sql} prints, run as written by the database's own client ({@code psql -f},
 * {@code mariadb <}) on one database, against {@code strata upgrade} on another: both must leave
 * the same views. Skipped when a server or client is missing, except with {@code CI=true}.
 */
class SqlScriptOnClientsTest {

  private static final String LABELS = TestMigrations.labels().toString();

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MARIADB"})
  void aScriptKeepsEveryCharacterOfAViewsQuery(DatabaseKind kind) throws Exception {
    assertEquals(upgradedLabel(kind), scriptedLabel(kind, SqlClient::of));
  }

  /** psql takes its client encoding from the locale: Windows' code page, a Latin-1 server. */
  @Test
  void aScriptKeepsEveryCharacterWherePsqlReadsLatin1() throws Exception {
    assertEquals(
        upgradedLabel(DatabaseKind.POSTGRESQL),
        scriptedLabel(
            DatabaseKind.POSTGRESQL,
            database -> SqlClient.of(database).withEnvironment("PGCLIENTENCODING", "LATIN1")));
  }

  private String scriptedLabel(DatabaseKind kind, ClientFor clientFor) throws Exception {
    try (TestDatabase database = withItem(kind)) {
      Result sql = Cli.run("sql", "--url", database.url(), "-m", LABELS);
      assertEquals(0, sql.exitCode(), sql::toString);

      SqlClient.Run run = clientFor.client(database).run(sql.out(), folder);

      assertEquals(0, run.exitCode(), () -> run + "\n--- script:\n" + sql.out());
      return label(database);
    }
  }

  private static String upgradedLabel(DatabaseKind kind) throws Exception {
    try (TestDatabase database = withItem(kind)) {
      Result upgrade = Cli.run("upgrade", "--url", database.url(), "-m", LABELS);
      assertEquals(0, upgrade.exitCode(), upgrade::toString);
      return label(database);
    }
  }

  private static TestDatabase withItem(DatabaseKind kind) throws Exception {
    TestDatabase database = TestDatabases.open(kind);
    database.execute(TestMigrations.ITEMS_TABLE, "INSERT INTO items VALUES (1, 'tea', 3)");
    return database;
  }

  private static String label(TestDatabase database) throws Exception {
    return String.join("\n", database.query("SELECT label FROM labels"));
  }

  @FunctionalInterface
  private interface ClientFor {
    SqlClient client(TestDatabase database);
  }
}
