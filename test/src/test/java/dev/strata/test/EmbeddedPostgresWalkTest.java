package dev.strata.test;

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
    ShopWalks.consistentChainWalks(postgres.newDatabase());
  }

  @Test
  void columnTypeThatDiffersFromTheSnapshotFailsOnPostgres() throws IOException {
    ShopWalks.wrongColumnTypeFails(postgres.newDatabase(), folder);
  }

  @Test
  void moduleWithMaterializedViewWalksUpAndDownOnPostgres() {
    TotalsWalks.consistentChainWalks(postgres.newDatabase());
  }

  @Test
  void materializedViewWithoutItsIndexFailsOnPostgres() throws IOException {
    TotalsWalks.missingIndexFails(postgres.newDatabase(), folder);
  }

  @Test
  void columnTypesOfEnumsAndInstantsWalkUpAndDownOnPostgres() {
    AccountsWalks.consistentChainWalks(postgres.newDatabase());
  }
}
