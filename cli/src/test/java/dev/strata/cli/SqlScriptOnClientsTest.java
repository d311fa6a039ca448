package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.cli.Cli.Result;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.h2.tools.RunScript;
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
  private static final String MEMOS = TestMigrations.memos().toString();
  private static final String PETS = TestMigrations.pets().toString();

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

  /**
   * A DBA made {@code body} case-sensitive (and, on MariaDB, commented it); widening it restates
   * the column, which the upgrade does with what the column has, and so must the script.
   */
  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MARIADB"})
  void aScriptKeepsWhatADbaGaveAColumnItAlters(DatabaseKind kind) throws Exception {
    String upgraded;
    try (TestDatabase database = memosAtVersion1(kind)) {
      Result upgrade = Cli.run("upgrade", "--url", database.url(), "-m", MEMOS);
      assertEquals(0, upgrade.exitCode(), upgrade::toString);
      upgraded = body(database);
    }
    try (TestDatabase database = memosAtVersion1(kind)) {
      Result sql = Cli.run("sql", "--url", database.url(), "-m", MEMOS);
      assertEquals(0, sql.exitCode(), sql::toString);

      SqlClient.Run run = SqlClient.of(database).run(sql.out(), folder);

      assertEquals(0, run.exitCode(), () -> run + "\n--- script:\n" + sql.out());
      assertEquals(upgraded, body(database), sql.out());
    }
  }

  /**
   * The database took the index for the foreign key on its column (H2 for the key's own, MariaDB as
   * the only one that serves it) and refuses to drop it alone; the upgrade drops it around the key.
   */
  @ParameterizedTest
  @EnumSource(names = {"H2", "MARIADB"})
  void aScriptDropsAnIndexThatAForeignKeyUses(DatabaseKind kind) throws Exception {
    List<String> upgraded;
    try (TestDatabase database = petsAtVersion1(kind)) {
      Result upgrade = Cli.run("upgrade", "--url", database.url(), "-m", PETS);
      assertEquals(0, upgrade.exitCode(), upgrade::toString);
      upgraded = petsIndexes(database);
    }
    try (TestDatabase database = petsAtVersion1(kind)) {
      Result sql = Cli.run("sql", "--url", database.url(), "-m", PETS);
      assertEquals(0, sql.exitCode(), sql::toString);

      runAsWritten(database, sql.out());

      assertEquals(upgraded, petsIndexes(database), sql.out());
    }
  }

  /** H2's own RunScript, which stops at the first error, as its users run a script. */
  private void runAsWritten(TestDatabase database, String script) throws Exception {
    if (database.kind() == DatabaseKind.H2) {
      try (Connection connection = database.dataSource().getConnection()) {
        RunScript.execute(connection, new StringReader(script));
      }
      return;
    }
    SqlClient.Run run = SqlClient.of(database).run(script, folder);
    assertEquals(0, run.exitCode(), () -> run + "\n--- script:\n" + script);
  }

  private static TestDatabase petsAtVersion1(DatabaseKind kind) {
    TestDatabase database = TestDatabases.open(kind);
    Result upgrade = Cli.run("upgrade", "--to", "1", "--url", database.url(), "-m", PETS);
    assertEquals(0, upgrade.exitCode(), upgrade::toString);
    return database;
  }

  /** The indexes of {@code pets}, and the foreign key, which must be there still. */
  private static List<String> petsIndexes(TestDatabase database) throws Exception {
    List<String> indexes = new ArrayList<>(database.indexNames("pets"));
    indexes.addAll(
        database.query(
            "SELECT LOWER(CONSTRAINT_NAME) FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = "
                + (database.kind() == DatabaseKind.MARIADB ? "DATABASE()" : "CURRENT_SCHEMA")));
    return indexes;
  }

  private static TestDatabase memosAtVersion1(DatabaseKind kind) throws Exception {
    TestDatabase database = TestDatabases.open(kind);
    Result upgrade = Cli.run("upgrade", "--to", "1", "--url", database.url(), "-m", MEMOS);
    assertEquals(0, upgrade.exitCode(), upgrade::toString);
    database.execute(
        kind == DatabaseKind.MARIADB
            ? "ALTER TABLE memos MODIFY body VARCHAR(100) CHARACTER SET utf8mb4"
                + " COLLATE utf8mb4_bin COMMENT 'the text'"
            : "ALTER TABLE memos ALTER COLUMN body TYPE VARCHAR(100) COLLATE \"C\"");
    return database;
  }

  private static String body(TestDatabase database) throws Exception {
    return String.join(
        "\n",
        database.query(
            database.kind() == DatabaseKind.MARIADB
                ? "SELECT COLUMN_TYPE, COLLATION_NAME, COLUMN_COMMENT FROM"
                    + " information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME = 'memos' AND COLUMN_NAME = 'body'"
                : "SELECT character_maximum_length, collation_name FROM"
                    + " information_schema.columns WHERE table_schema = current_schema()"
                    + " AND table_name = 'memos' AND column_name = 'body'"));
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
