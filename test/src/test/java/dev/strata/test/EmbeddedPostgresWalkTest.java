package dev.strata.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit on a real PostgreSQL started from Maven artifacts, one database per test. */
class EmbeddedPostgresWalkTest {

  private static EmbeddedPostgresDatabase postgres;

  @TempDir Path folder;

  @BeforeAll
  static void startServer() {
    postgres = EmbeddedPostgresDatabase.start();
  }

  @AfterAll
  static void stopServer() {
    postgres.close();
  }

  @Test
  void consistentChainWalksUpAndDownOnPostgres() {
    int newest =
        MigrationTestKit.forSnapshots(ShopSnapshots.FOLDER)
            .database(postgres.newDatabase())
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

  @Test
  void columnTypeThatDiffersFromTheSnapshotFailsOnPostgres() throws IOException {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.forSet("wrong-column-type", folder))
            .database(postgres.newDatabase());

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    assertTrue(
        failure
            .getMessage()
            .contains(
                "table customers column name: type varchar(50) in the database, VARCHAR(100) in"
                    + " the snapshot"),
        failure.getMessage());
  }
}
