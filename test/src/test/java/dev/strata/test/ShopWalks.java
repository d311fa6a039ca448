package dev.strata.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Strata;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The walks every database must pass alike, one consistent chain and one broken. */
final class ShopWalks {

  private ShopWalks() {}

  /** The shop's own chain walks through all three versions, its rows surviving. */
  static void consistentChainWalks(DataSource database) {
    int newest =
        MigrationTestKit.forSnapshots(ShopSnapshots.FOLDER)
            .database(database)
            .atVersion(
                1,
                ConnectionWork.sql("INSERT INTO customers VALUES (1, 'Ada', NULL)"),
                connection ->
                    assertEquals(1, MigrationTestKitTest.count(connection, "active_customers")))
            .run();

    assertEquals(3, newest);
  }

  /** A column whose type differs from its snapshot fails, naming both types. */
  static void wrongColumnTypeFails(DataSource database, Path folder) throws IOException {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.forSet("wrong-column-type", folder))
            .database(database);

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    // each database spells VARCHAR its own way: varchar, CHARACTER VARYING
    assertTrue(
        failure.getMessage().contains("table customers column name: type ")
            && failure.getMessage().contains("(50) in the database, VARCHAR(100) in the snapshot"),
        failure.getMessage());
  }

  /**
   * A view that no snapshot knows, made by raw SQL and left by the downgrade, fails at the version
   * the downgrade reaches, naming it.
   */
  static void viewNoSnapshotKnowsLeftBehindFails(DataSource database, Path folder)
      throws IOException {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.forSet("report-left-behind", folder))
            .database(database);

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    assertEquals(
        "Version 1 after downgrading to version 1 does not restore what upgrading to it left:\n"
            + "  - view customer_report is left behind; it was not there after upgrading to"
            + " version 1\n"
            + "The downgrade of version 2 \"Add city and customer_report\" of set"
            + " report-left-behind must undo what its upgrade does",
        failure.getMessage());
  }

  /**
   * A row that a version inserts and its downgrade leaves, which no comparison of the schema sees,
   * fails the version applied again after the rollback, naming the statement.
   */
  static void rowLeftBehindFailsTheUpgradeAgain(DataSource database, Path folder)
      throws IOException {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.forSet("row-left-behind", folder))
            .database(database);

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    assertTrue(
        failure
            .getMessage()
            .startsWith(
                "Upgrading again to version 2 after the downgrade to version 1 failed: Migration"
                    + " V0002 \"Add city and the walk-in customer\" of set row-left-behind"
                    + " failed during upgrade, at:\n"
                    + "    INSERT INTO customers (id, name) VALUES (0, 'walk-in')"),
        failure.getMessage());
  }

  /**
   * A downgrade that gives a view back with the columns and types it had but another query fails at
   * the version the downgrade reaches, showing both queries as the database words them.
   */
  static void viewQueryNotRestoredFails(DataSource database, Path folder) throws IOException {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.forSet("view-query-not-restored", folder))
            .database(database);

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    String message = failure.getMessage();
    assertTrue(
        message.startsWith(
            "Version 1 after downgrading to version 1 does not restore what upgrading to it"
                + " left:\n  - view active_customers runs "),
        message);
    // each database words the query its own way; only the restored one reads email
    int then = message.indexOf(", after upgrading to version 1 it ran ");
    assertTrue(then > 0 && message.substring(0, then).toLowerCase().contains("email"), message);
    assertTrue(!message.substring(then).toLowerCase().contains("email"), message);
  }

  /**
   * A schema an earlier run left at version 2 fails before the walk, saying where the kit must
   * start instead of blaming a version 0 of the migrations.
   */
  static void historyOfAnEarlierRunFailsBeforeTheWalk(DataSource database, Path folder) {
    ScriptedSources.Shop shop = new ScriptedSources.Shop();
    Strata.configure(database).sources(shop).load().upgrade(shop.set(), 2);
    MigrationTestKit kit = MigrationTestKit.forSnapshots(ShopSnapshots.FOLDER).database(database);

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    assertEquals(
        "The database is at version 2 of set 'shop' already, by its history table"
            + " strata_schema_history: the kit walks up from an empty schema. Give it a schema of"
            + " the test's own that no earlier run left objects in (a new one for each run), or"
            + " drop this one's",
        failure.getMessage());
  }

  /**
   * A table of the chain that the test's own setup creates fails before the walk, naming it and
   * saying which tables the setup may create.
   */
  static void chainTableMadeBeforeTheFirstVersionFailsBeforeTheWalk(
      DataSource database, Path folder) {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.FOLDER)
            .database(database)
            .beforeFirstVersion(
                ConnectionWork.sql(
                    "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(10))"));

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    assertEquals(
        "The database holds objects of set 'shop' before its version 1, after beforeFirstVersion:\n"
            + "  - table customers exists but the snapshot has no such table\n"
            + "The kit walks up from an empty schema: give it a schema of the test's own that no"
            + " earlier run left objects in, and create in beforeFirstVersion only tables that"
            + " Strata's migrations do not",
        failure.getMessage());
  }

  /**
   * An index that a downgrade leaves, which the version creates only if it is not there, fails at
   * the version the downgrade reaches, naming it: applying the version again cannot show it.
   */
  static void indexLeftBehindQuietlyFailsTheDowngrade(DataSource database, Path folder)
      throws IOException {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.forSet("index-left-behind-quietly", folder))
            .database(database);

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    assertEquals(
        "Version 1 after downgrading to version 1 does not restore what upgrading to it left:\n"
            + "  - table customers index customers_name_idx on [name] is left behind; it was not"
            + " there after upgrading to version 1\n"
            + "The downgrade of version 2 \"Add city and customers_name_idx\" of set"
            + " index-left-behind-quietly must undo what its upgrade does",
        failure.getMessage());
  }

  /**
   * A sequence, function, trigger or check constraint that a step creates only if it is absent (or
   * replaces), and that the downgrade forgets, fails at the version the downgrade reaches, naming
   * it: applying the version again cannot show it.
   */
  static void objectLeftBehindQuietlyFailsTheDowngrade(
      String set, String description, String leftBehind, DataSource database, Path folder)
      throws IOException {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.forSet(set, folder)).database(database);

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    String message = failure.getMessage();
    assertTrue(
        message.startsWith(
            "Version 1 after downgrading to version 1 does not restore what upgrading to it"
                + " left:\n"),
        message);
    assertTrue(message.contains("\n  - " + leftBehind), message);
    assertTrue(
        message.endsWith(
            "is left behind; it was not there after upgrading to version 1\n"
                + "The downgrade of version 2 \""
                + description
                + "\" of set "
                + set
                + " must undo what its upgrade does"),
        message);
  }

  /**
   * The shop's chain walks on connections whose auto-commit is off, the tables of the test's setup
   * and the rows it writes at version 1 lasting as they would with it on.
   */
  static void consistentChainWalksWithoutAutoCommit(DataSource database, Path folder) {
    int newest =
        MigrationTestKit.forSnapshots(ShopSnapshots.FOLDER)
            .database(new ManualCommitDataSource(database))
            .beforeFirstVersion(ConnectionWork.sql("CREATE TABLE notes (id INT PRIMARY KEY)"))
            .atVersion(
                1,
                ConnectionWork.sql(
                    "INSERT INTO customers VALUES (1, 'Ada', NULL)",
                    "INSERT INTO notes VALUES (1)"),
                connection -> {
                  assertEquals(1, MigrationTestKitTest.count(connection, "active_customers"));
                  assertEquals(1, MigrationTestKitTest.count(connection, "notes"));
                })
            .run();

    assertEquals(3, newest);
  }

  /**
   * A foreign key that a version drops only if it is there, which its downgrade forgets to add
   * back, fails at the version the downgrade reaches, naming it.
   */
  static void foreignKeyLostFailsTheDowngrade(DataSource database, Path folder) throws IOException {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.forSet("foreign-key-lost", folder))
            .database(database);

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    // H2 drops the index it made for the key with it, and says so first
    String message = failure.getMessage();
    assertTrue(
        message.startsWith(
            "Version 1 after downgrading to version 1 does not restore what upgrading to it"
                + " left:\n"),
        message);
    assertTrue(
        message.endsWith(
            "\n  - table notes foreign key notes_customer_fk [customer_id] -> customers [id] is"
                + " missing; it was there after upgrading to version 1\n"
                + "The downgrade of version 2 \"Add city, drop notes_customer_fk\" of set"
                + " foreign-key-lost must undo what its upgrade does"),
        message);
  }

  /**
   * The shop's chain walks in a schema whose name, read as a JDBC metadata pattern, also matches a
   * neighbour's ({@code strata_it_1} and {@code strataxitx1}, '_' matching any character) holding a
   * table and a view of the chain's names: the neighbour's are not the walk's.
   */
  static void consistentChainWalksBesideASchemaItsNameMatches(DataSource database, Path folder) {
    String neighbour = namespace(database).replace('_', 'x');
    execute(
        database,
        "CREATE SCHEMA " + neighbour,
        "CREATE TABLE " + neighbour + ".customers (id INT, secret VARCHAR(10))",
        "CREATE VIEW "
            + neighbour
            + ".active_customers AS SELECT secret FROM "
            + neighbour
            + ".customers");
    try {
      consistentChainWalks(database);
    } finally {
      // on MariaDB, DROP SCHEMA drops the database
      execute(
          database,
          "DROP VIEW " + neighbour + ".active_customers",
          "DROP TABLE " + neighbour + ".customers",
          "DROP SCHEMA " + neighbour);
    }
  }

  /** The schema of the database's connections, or the database on MariaDB. */
  private static String namespace(DataSource database) {
    try (Connection connection = database.getConnection()) {
      return connection.getSchema() != null ? connection.getSchema() : connection.getCatalog();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(DataSource database, String... statements) {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
