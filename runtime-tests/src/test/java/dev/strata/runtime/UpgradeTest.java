package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import dev.strata.testing.DataSources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpgradeTest {

  private final TestDatabase database = TestDatabase.withUsers();

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void aMigrationsCodeFirstRunsInItsRunWhichTheHistoryRecordsAsRunning() {
    // a migration's code may do more than call its operations (log, signal, wait): it must not run
    // before its run, where nothing would show it as running
    List<String> seen = new ArrayList<>();
    FakeMigration watched =
        FakeMigration.of(
            1,
            "Create a view",
            ops -> {
              seen.addAll(
                  database.rows("SELECT run_state FROM strata_schema_history WHERE version = 1"));
              ops.createView("inactive_users", "SELECT id FROM users WHERE active = FALSE");
            },
            ops -> ops.dropView("inactive_users"));

    strata(FakeSource.of("main", List.of(watched))).upgrade();

    assertEquals("UPGRADING", seen.get(0));
  }

  @Test
  void appliesPendingMigrationsInVersionOrder() {
    List<MigrationInfo> applied = strata(UserViews.source()).upgrade();

    assertEquals(List.of(1, 2, 3), applied.stream().map(MigrationInfo::version).toList());
    assertTrue(applied.stream().allMatch(m -> m.state() == MigrationState.APPLIED));
    assertEquals(List.of("ACTIVE_COUNTRIES", "ACTIVE_USERS"), database.views());
    assertEquals(
        List.of("1|ann@example.com|FR", "3|cyd@example.com|DE"),
        database.rows("SELECT * FROM active_users ORDER BY id"));
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  @Test
  void appliesInVersionOrderEvenWhenTheSourceListsThemOutOfOrder() {
    FakeSource shuffled = FakeSource.of("main", List.of(UserViews.V3, UserViews.V1, UserViews.V2));

    strata(shuffled).upgrade();

    assertEquals(List.of(1, 2, 3), shuffled.loaded());
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  @Test
  void applyingTwiceIsANoOpAndLoadsNoMigrationClass() {
    strata(UserViews.source()).upgrade();
    FakeSource second = UserViews.source();

    List<MigrationInfo> applied = strata(second).upgrade();

    assertEquals(List.of(), applied);
    assertEquals(List.of(), second.loaded());
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  @Test
  void appliesOnlyTheMigrationsAddedSinceTheLastUpgrade() {
    strata(FakeSource.of("main", List.of(UserViews.V1))).upgrade();
    FakeSource newer = UserViews.source();

    List<MigrationInfo> applied = strata(newer).upgrade();

    assertEquals(List.of(2, 3), applied.stream().map(MigrationInfo::version).toList());
    assertEquals(List.of(2, 3), newer.loaded());
  }

  @Test
  void recordsWhoAppliedEachMigrationWhenAndHowLong() {
    database.execute("CREATE USER migrator PASSWORD 'secret' ADMIN");
    MigrationInfo first =
        Strata.configure(DataSources.of(database.url(), "migrator", "secret"))
            .sources(UserViews.source())
            .load()
            .upgrade()
            .get(0);

    assertNotNull(first.appliedAt());
    assertTrue(first.executionMillis() >= 0);
    assertEquals(
        List.of("main|1|Create active_users|checksum-1|MIGRATOR|TRUE"),
        database.rows(
            "SELECT migration_set, version, description, checksum, installed_by, success"
                + " FROM strata_schema_history WHERE version = 1"));
    assertEquals(
        List.of(String.valueOf(first.executionMillis())),
        database.rows("SELECT execution_ms FROM strata_schema_history WHERE version = 1"));
  }

  @Test
  void appliedAtSurvivesTheRoundTripThroughTheHistoryTable() {
    Strata strata = strata(UserViews.source());
    MigrationInfo applied = strata.upgrade().get(0);

    MigrationInfo reported = strata.status().migrations().get(0);

    assertEquals(applied, reported);
  }

  @Test
  void storesADescriptionTooLongForItsColumnCutToFit() {
    String description = "Create " + "x".repeat(300);
    FakeSource source =
        FakeSource.of(
            "main",
            List.of(
                FakeMigration.of(
                    1, description, ops -> ops.createView("v", "SELECT 1 AS one"), ops -> {})));

    MigrationInfo applied = strata(source).upgrade().get(0);

    assertEquals(description, applied.description());
    assertEquals(
        List.of(description.substring(0, 200)),
        database.rows("SELECT description FROM strata_schema_history WHERE version > 0"));
  }

  @Test
  void usesTheConfiguredHistoryTable() {
    Strata.configure(database.dataSource())
        .sources(UserViews.source())
        .historyTable("app_history")
        .load()
        .upgrade();

    assertTrue(database.tableExists("APP_HISTORY"));
    assertFalse(database.tableExists("STRATA_SCHEMA_HISTORY"));
    assertEquals(3, database.rows("SELECT * FROM app_history WHERE version > 0").size());
  }

  @Test
  void createsTheHistoryTableInTheConfiguredSchema() {
    database.execute("CREATE SCHEMA admin");

    Strata strata =
        Strata.configure(database.dataSource())
            .sources(UserViews.source())
            .historyTable("admin.schema_history")
            .load();
    strata.upgrade();

    assertEquals(3, database.rows("SELECT * FROM admin.schema_history WHERE version > 0").size());
    assertEquals(List.of(), strata.upgrade());
  }

  @Test
  void refusesAMigrationClassThatDisagreesWithItsIndexEntry() {
    FakeSource stale =
        new FakeSource(
            "main",
            List.of(UserViews.V1.withChecksum("rebuilt")),
            List.of(new MigrationDescriptor(1, "Create active_users", "checksum-1")));

    StrataException e = assertThrows(StrataException.class, () -> strata(stale).upgrade());

    assertTrue(e.getMessage().contains("V0001 \"Create active_users\" of set main"), e::getMessage);
    assertTrue(e.getMessage().contains("rebuilt"), e::getMessage);
    assertEquals(List.of(), database.views());
  }

  @Test
  void reportsAnIndexEntryWhoseClassCannotBeLoaded() {
    FakeSource broken =
        new FakeSource(
            "main",
            List.of(),
            List.of(new MigrationDescriptor(1, "Create active_users", "checksum-1")));

    StrataException e = assertThrows(StrataException.class, () -> strata(broken).upgrade());

    assertTrue(e.getMessage().startsWith("Could not load migration V0001"), e::getMessage);
    assertTrue(e.getMessage().contains("rebuild that module"), e::getMessage);
  }

  private Strata strata(MigrationSource source) {
    return Strata.configure(database.dataSource()).sources(source).load();
  }
}
