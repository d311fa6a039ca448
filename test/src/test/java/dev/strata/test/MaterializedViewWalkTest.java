package dev.strata.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.DatabaseKind;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The kit compares materialized views on H2 and a schema of its own on the PostgreSQL and MariaDB
 * servers: native on PostgreSQL, a table standing in for one on H2 and MariaDB.
 */
class MaterializedViewWalkTest {

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void moduleWithMaterializedViewWalksUpAndDown(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, (database, unused) -> TotalsWalks.consistentChainWalks(database));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void materializedViewWithAQueryPerDatabaseIsComparedWithThatDatabasesColumns(DatabaseKind kind)
      throws IOException {
    DatabaseWalk.on(
        kind,
        folder,
        (database, unused) ->
            assertEquals(
                1,
                MigrationTestKit.forSnapshots(
                        Path.of("src", "test", "resources", "snapshots", "counts"))
                    .database(database)
                    .run()));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void materializedViewWithoutItsIndexFails(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, TotalsWalks::missingIndexFails);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void missingMaterializedViewFails(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, TotalsWalks::missingViewFails);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void plainViewInsteadOfMaterializedFails(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, TotalsWalks::plainViewFails);
  }

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
  void materializedViewWithoutTheDataItsSnapshotSaysFails(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, TotalsWalks::unpopulatedViewFails);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void materializedViewLeftBehindFails(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, TotalsWalks::leftBehindFails);
  }
}
