package dev.strata.test;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The kit on a DataSource of the user's: H2, and a schema of its own on the PostgreSQL and MariaDB
 * servers.
 */
class ServerDatabaseWalkTest {

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void consistentChainWalksUpAndDown(DatabaseKind kind) {
    try (TestDatabase database = TestDatabases.open(kind)) {
      ShopWalks.consistentChainWalks(database.dataSource());
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aSchemaAnEarlierRunLeftFailsBeforeTheWalk(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, ShopWalks::historyOfAnEarlierRunFailsBeforeTheWalk);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aTableOfTheChainThatTheSetupCreatesFailsBeforeTheWalk(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, ShopWalks::chainTableMadeBeforeTheFirstVersionFailsBeforeTheWalk);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void consistentChainWalksOnConnectionsWithoutAutoCommit(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, ShopWalks::consistentChainWalksWithoutAutoCommit);
  }

  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"POSTGRESQL", "MARIADB"})
  void consistentChainWalksBesideASchemaItsNameMatchesAsAPattern(DatabaseKind kind)
      throws IOException {
    DatabaseWalk.on(kind, folder, ShopWalks::consistentChainWalksBesideASchemaItsNameMatches);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void columnTypeThatDiffersFromTheSnapshotFails(DatabaseKind kind) throws IOException {
    try (TestDatabase database = TestDatabases.open(kind)) {
      ShopWalks.wrongColumnTypeFails(database.dataSource(), folder);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void columnTypesOfEnumsAndInstantsWalkUpAndDown(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(
        kind, folder, (database, unused) -> AccountsWalks.consistentChainWalks(database));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void downgradeThatLeavesAViewNoSnapshotKnowsFails(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, ShopWalks::viewNoSnapshotKnowsLeftBehindFails);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void downgradeThatGivesAViewBackWithAnotherQueryFails(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, ShopWalks::viewQueryNotRestoredFails);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void downgradeThatLeavesARowFailsTheUpgradeAgain(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, ShopWalks::rowLeftBehindFailsTheUpgradeAgain);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void downgradeThatLeavesASequenceTheUpgradeCreatesIfNotThereFails(DatabaseKind kind)
      throws IOException {
    DatabaseWalk.on(
        kind,
        folder,
        (database, copies) ->
            ShopWalks.objectLeftBehindQuietlyFailsTheDowngrade(
                "sequence-left-behind-quietly",
                "Add city and customer_numbers",
                "sequence customer_numbers is left behind",
                database,
                copies));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void downgradeThatLeavesAFunctionTheUpgradeReplacesFails(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(
        kind,
        folder,
        (database, copies) ->
            ShopWalks.objectLeftBehindQuietlyFailsTheDowngrade(
                "function-left-behind-quietly",
                "Add city and customer_label",
                "function customer_label is left behind",
                database,
                copies));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void downgradeThatLeavesATriggerTheUpgradeCreatesIfNotThereFails(DatabaseKind kind)
      throws IOException {
    DatabaseWalk.on(
        kind,
        folder,
        (database, copies) ->
            ShopWalks.objectLeftBehindQuietlyFailsTheDowngrade(
                "trigger-left-behind-quietly",
                "Add city and customers_trim",
                "trigger customers_trim on table customers is left behind",
                database,
                copies));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void downgradeThatLeavesACheckTheUpgradeAddsIfNotThereFails(DatabaseKind kind)
      throws IOException {
    DatabaseWalk.on(
        kind,
        folder,
        (database, copies) ->
            ShopWalks.objectLeftBehindQuietlyFailsTheDowngrade(
                "check-left-behind-quietly",
                "Add city and customers_name_not_blank",
                "table customers check constraint customers_name_not_blank (",
                database,
                copies));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void downgradeThatLeavesAnIndexTheUpgradeCreatesIfNotThereFails(DatabaseKind kind)
      throws IOException {
    DatabaseWalk.on(kind, folder, ShopWalks::indexLeftBehindQuietlyFailsTheDowngrade);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void downgradeThatDoesNotGiveBackAForeignKeyTheUpgradeDroppedIfThereFails(DatabaseKind kind)
      throws IOException {
    DatabaseWalk.on(kind, folder, ShopWalks::foreignKeyLostFailsTheDowngrade);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void keysIndexesAndChecksAsTheirSnapshotsSayWalkUpAndDown(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, (database, unused) -> OrdersWalks.consistentChainWalks(database));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void anIndexThatIsNotUniqueAsItsSnapshotSaysFails(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, OrdersWalks::indexNotUniqueFails);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aMissingForeignKeyFails(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, OrdersWalks::missingForeignKeyFails);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void anIndexInAnotherOrderThanItsSnapshotsFails(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, OrdersWalks::indexInAnotherOrderFails);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aForeignKeyWithAnotherOnDeleteRuleThanItsSnapshotsFails(DatabaseKind kind)
      throws IOException {
    DatabaseWalk.on(kind, folder, OrdersWalks::foreignKeyWithAnotherRuleFails);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void commentsTheSnapshotDoesNotSayFail(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, OrdersWalks::commentsTheSnapshotLacksFail);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aMissingCheckConstraintFails(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, OrdersWalks::missingCheckFails);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void anotherPrimaryKeyFails(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, OrdersWalks::otherPrimaryKeyFails);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aDowngradeThatLeavesASnapshotsIndexBehindFailsThere(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, OrdersWalks::indexLeftBehindFailsTheDowngrade);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aDowngradeThatLeavesASequenceBehindFailsThere(DatabaseKind kind) throws IOException {
    DatabaseWalk.on(kind, folder, OrdersWalks::sequenceLeftBehindFailsTheDowngrade);
  }
}
