package dev.strata.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The kit on a DataSource of the user's: a schema of its own on the PostgreSQL and MariaDB servers.
 */
class ServerDatabaseWalkTest {

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void consistentChainWalksUpAndDown(DatabaseKind kind) {
    try (TestDatabase database = TestDatabases.open(kind)) {
      int newest =
          MigrationTestKit.forSnapshots(ShopSnapshots.FOLDER)
              .database(database.dataSource())
              .atVersion(
                  1,
                  connection ->
                      MigrationTestKitTest.execute(
                          connection, "INSERT INTO customers VALUES (1, 'Ada', NULL)"),
                  connection ->
                      assertEquals(1, MigrationTestKitTest.count(connection, "active_customers")))
              .run();

      assertEquals(3, newest);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void columnTypeThatDiffersFromTheSnapshotFails(DatabaseKind kind) throws IOException {
    try (TestDatabase database = TestDatabases.open(kind)) {
      MigrationTestKit kit =
          MigrationTestKit.forSnapshots(ShopSnapshots.forSet("wrong-column-type", folder))
              .database(database.dataSource());

      MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

      assertTrue(
          failure.getMessage().contains("table customers column name: type ")
              && failure
                  .getMessage()
                  .contains("(50) in the database, VARCHAR(100) in the snapshot"),
          failure.getMessage());
    }
  }
}
