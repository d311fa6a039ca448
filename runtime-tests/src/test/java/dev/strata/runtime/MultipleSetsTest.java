package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MultipleSetsTest {

  // reads main's active_users: works only if set main is applied first
  private static final FakeMigration REPORTING_V1 =
      FakeMigration.of(
          1,
          "Create user_report",
          ops -> ops.createView("user_report", "SELECT COUNT(*) AS n FROM active_users"),
          ops -> ops.dropView("user_report"));

  private final TestDatabase database = TestDatabase.withUsers();

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void severalSetsShareOneHistoryTableAndApplyInNameOrder() {
    List<MigrationInfo> applied = strata().upgrade();

    assertEquals(
        List.of("main:1", "main:2", "main:3", "reporting:1"),
        applied.stream().map(m -> m.set() + ":" + m.version()).toList());
    assertEquals(List.of("main:1", "main:2", "main:3", "reporting:1"), database.history());
    assertEquals(List.of("2"), database.rows("SELECT n FROM user_report"));
  }

  @Test
  void statusReportsEachSetsCurrentVersion() {
    Strata strata = strata();
    strata.upgrade();
    strata.downgrade("main", 2);

    StatusReport status = strata.status();

    assertEquals(2, status.currentVersion("main"));
    assertEquals(1, status.currentVersion("reporting"));
    assertEquals(List.of("main:3"), keys(status.pending()));
  }

  @Test
  void downgradingOneSetLeavesTheOtherApplied() {
    Strata strata = strata();
    strata.upgrade();

    assertEquals(List.of("reporting:1"), keys(strata.downgrade("reporting", 0)));

    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
    assertEquals(List.of("ACTIVE_COUNTRIES", "ACTIVE_USERS"), database.views());
  }

  @Test
  void upgradeIgnoresHistoryOfSetsThatAreNotLoaded() {
    strata().upgrade();

    Strata mainOnly = Strata.configure(database.dataSource()).sources(UserViews.source()).load();

    assertEquals(List.of(), mainOnly.upgrade());
    assertEquals(
        List.of(MigrationState.MISSING),
        mainOnly.status().migrations().stream()
            .filter(m -> m.set().equals("reporting"))
            .map(MigrationInfo::state)
            .toList());
  }

  @Test
  void refreshOfARecordedViewThatNoLoadedSetCreatesIsRefusedNamingTheSetAndTheView() {
    FakeMigration totals =
        FakeMigration.of(
            1,
            "Create user_totals",
            ops -> ops.createMaterializedView("user_totals", "SELECT 1 AS n", true, List.of()),
            ops -> ops.dropMaterializedView("user_totals"));
    Strata.configure(database.dataSource())
        .sources(FakeSource.of("reporting", List.of(totals)), UserViews.source())
        .load()
        .upgrade();
    Strata mainOnly = Strata.configure(database.dataSource()).sources(UserViews.source()).load();

    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> mainOnly.refresh("main", "USER_TOTALS", false));

    assertEquals(
        "Materialized view USER_TOTALS is not a view of set main: no loaded set's migrations"
            + " create it. Load the migrations of the set that creates it and name that set, or"
            + " refresh it without naming a set. Nothing was refreshed.",
        refused.getMessage());
    assertEquals(List.of("user_totals"), mainOnly.refresh("USER_TOTALS", false));
  }

  @Test
  void validateOfOneSetReportsThatSetsProblemsAndCountsAlone() {
    Strata strata = strata();
    strata.upgrade();
    database.execute(
        "UPDATE strata_schema_history SET checksum = 'edited' WHERE migration_set = 'main'"
            + " AND version = 2");

    ValidationReport reporting = strata.validate("reporting");
    ValidationException main =
        assertThrows(ValidationException.class, () -> strata.validate("main"));

    assertEquals(1, reporting.applied());
    assertEquals(List.of(), reporting.problems());
    assertEquals(3, main.report().applied());
    assertEquals(List.of("main"), main.report().problems().stream().map(p -> p.set()).toList());
    assertThrows(IllegalArgumentException.class, () -> strata.validate("report"));
  }

  @Test
  void repairOfOneSetRepairsThatSetsRunsAndLeavesTheOthers() {
    Strata strata = strata();
    strata.upgrade();
    // runs killed before their first statement, on a database without transactional DDL
    database.execute(
        "DROP VIEW user_report",
        "UPDATE strata_schema_history SET success = FALSE, run_state = 'UPGRADING',"
            + " statements_done = 0 WHERE migration_set = 'reporting'",
        "DROP VIEW active_countries",
        "UPDATE strata_schema_history SET success = FALSE, run_state = 'UPGRADING',"
            + " statements_done = 0 WHERE migration_set = 'main' AND version = 3");

    List<MigrationInfo> repaired = strata.repair("reporting");

    assertEquals(List.of("reporting:1"), keys(repaired));
    assertEquals(List.of("main:3"), keys(strata.status().failed()));
    assertEquals(List.of("main:3"), keys(strata.repair("main")));
    assertEquals(List.of(), strata.repair("main"));
    assertThrows(IllegalArgumentException.class, () -> strata.repair("report"));
  }

  private Strata strata() {
    // listed in the wrong order on purpose: sets apply in name order regardless
    return Strata.configure(database.dataSource())
        .sources(FakeSource.of("reporting", List.of(REPORTING_V1)), UserViews.source())
        .load();
  }

  private static List<String> keys(List<MigrationInfo> migrations) {
    return migrations.stream().map(m -> m.set() + ":" + m.version()).toList();
  }
}
