package dev.strata.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * The walks of a module with a materialized view that every database must pass alike: PostgreSQL's
 * own materialized view and the table that stands in for one on H2 and MariaDB.
 */
final class TotalsWalks {

  static final Path FOLDER = Path.of("src", "test", "resources", "snapshots", "totals");

  private TotalsWalks() {}

  /**
   * customer_totals is created, created again with a second index and a plain view reading it, then
   * dropped; its rows read back at version 1.
   */
  static void consistentChainWalks(DataSource database) {
    int newest =
        MigrationTestKit.forSnapshots(FOLDER)
            .database(database)
            .atVersion(
                1,
                connection -> {},
                connection ->
                    assertEquals(2, MigrationTestKitTest.count(connection, TotalsSteps.TOTALS)))
            .run();

    assertEquals(3, newest);
  }

  /** A version whose materialized view lacks its index fails, naming the view and the index. */
  static void missingIndexFails(DataSource database, Path folder) throws IOException {
    assertFailsAtVersion1(
        database,
        folder,
        "totals-without-index",
        "materialized view customer_totals lacks its unique index customer_totals_customer_id_key"
            + " on [customer_id]");
  }

  /** A version that lacks its materialized view fails, naming it. */
  static void missingViewFails(DataSource database, Path folder) throws IOException {
    assertFailsAtVersion1(
        database, folder, "totals-missing", "materialized view customer_totals is missing");
  }

  /** A plain view where the snapshot has a materialized one fails, saying which is which. */
  static void plainViewFails(DataSource database, Path folder) throws IOException {
    assertFailsAtVersion1(
        database,
        folder,
        "totals-as-plain-view",
        "materialized view customer_totals is a plain view in the database, materialized in the"
            + " snapshot");
  }

  /**
   * A materialized view created without its data, which its snapshot has, fails on PostgreSQL,
   * where every read of it would (materialized view has not been populated).
   */
  static void unpopulatedViewFails(DataSource database, Path folder) throws IOException {
    assertFailsAtVersion1(
        database,
        folder,
        "totals-unpopulated",
        "materialized view customer_totals holds no data (created WITH NO DATA, not refreshed"
            + " since), the snapshot's is created with its data");
  }

  /** A materialized view left behind by the version that drops it fails, naming it. */
  static void leftBehindFails(DataSource database, Path folder) throws IOException {
    assertFails(
        database,
        folder,
        "totals-left-behind",
        3,
        "materialized view customer_totals exists but the snapshot has no such view");
  }

  private static void assertFailsAtVersion1(
      DataSource database, Path folder, String set, String difference) throws IOException {
    assertFails(database, folder, set, 1, difference);
  }

  private static void assertFails(
      DataSource database, Path folder, String set, int version, String difference)
      throws IOException {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.copy(FOLDER, set, folder)).database(database);

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    assertEquals(
        String.format(
            "Version %d after upgrading to version %d does not match %04d-%08d.json:\n  - %s",
            version, version, version, version, difference),
        failure.getMessage());
  }
}
