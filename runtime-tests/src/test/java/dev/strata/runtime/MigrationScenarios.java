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
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scenarios every database must pass the same way, run on H2, PostgreSQL and MariaDB by the
 * subclasses; each test has a database (or schema) of its own.
 */
abstract class MigrationScenarios {

  static final String BAD_SQL = "SELECT no_such_column FROM users";
  static final List<String> V1_ROWS = List.of("1|ann@example.com", "3|cyd@example.com");

  TestDatabase database;

  abstract DatabaseKind kind();

  @BeforeEach
  void openDatabase() {
    database = TestDatabase.create(kind()).withUsersTable();
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void upgradeAppliesEveryMigrationInOrderAndRecordsWhoAndHowLong() {
    List<MigrationInfo> applied = strata(UserViews.source()).upgrade();

    assertEquals(List.of(1, 2, 3), versions(applied));
    assertEquals(List.of("active_countries", "active_users"), database.viewNames());
    assertEquals(
        List.of("1|ann@example.com|FR", "3|cyd@example.com|DE"),
        database.rows("SELECT id, email, country FROM active_users ORDER BY id"));
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
    assertEquals(
        List.of("true|0"),
        database.rows(
            "SELECT DISTINCT CASE WHEN success THEN 'true' ELSE 'false' END,"
                + " CASE WHEN installed_by IS NULL OR execution_ms < 0 THEN 1 ELSE 0 END"
                + " FROM strata_schema_history WHERE version > 0"));
    assertEquals(applied, strata(UserViews.source()).status().applied());
    assertEquals(List.of(), strata(UserViews.source()).upgrade());
  }

  @Test
  void downgradesToEachVersionThenUpgradesAgain() {
    Strata strata = strata(UserViews.source());
    strata.upgrade();

    assertEquals(List.of(3), versions(strata.downgrade(2)));
    assertEquals(List.of("active_users"), database.viewNames());
    assertEquals(List.of(2), versions(strata.downgrade(1)));
    assertEquals(V1_ROWS, database.rows("SELECT * FROM active_users ORDER BY id"));
    assertEquals(List.of(1), versions(strata.downgrade(0)));
    assertEquals(List.of(), database.viewNames());
    assertEquals(List.of(), database.history());

    assertEquals(List.of(1, 2, 3), versions(strata.upgrade()));
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  @Test
  void failingMigrationLeavesTheDatabaseAsItWasAndNoHistoryRow() {
    String message =
        failVersion2(
            ops -> {
              ops.createView("inactive_users", "SELECT id FROM users WHERE active = FALSE");
              ops.replaceView("active_users", UserViews.ACTIVE_USERS_V2);
              ops.createView("broken", BAD_SQL);
            });

    assertTrue(message.contains("V0002 \"Break things\" of set main"), message);
    assertTrue(message.contains("CREATE VIEW broken AS " + BAD_SQL), message);
    assertEquals(List.of("active_users"), database.viewNames());
    assertEquals(V1_ROWS, database.rows("SELECT * FROM active_users ORDER BY id"));
    assertEquals(List.of("main:1"), database.history());
    assertEquals(List.of(1, 2, 3), versionsOf(strata(UserViews.source()).status().migrations()));
    assertEquals(List.of(2, 3), versions(strata(UserViews.source()).upgrade()));
  }

  @Test
  void checksumMismatchStopsUpgradeAndIsReportedByValidate() {
    strata(UserViews.source()).upgrade();
    FakeSource changed =
        FakeSource.of(
            "main", List.of(UserViews.V1, UserViews.V2.withChecksum("edited"), UserViews.V3));

    StrataException e = assertThrows(StrataException.class, () -> strata(changed).upgrade());
    ValidationException invalid =
        assertThrows(ValidationException.class, () -> strata(changed).validate());

    assertTrue(e.getMessage().contains("was applied with checksum checksum-2"), e::getMessage);
    assertEquals(
        List.of(ValidationProblem.Kind.CHECKSUM_MISMATCH),
        invalid.report().problems().stream().map(ValidationProblem::kind).toList());
    assertEquals(3, strata(UserViews.source()).validate().applied());
  }

  @Test
  void renameIsAppliedRevertedAndUndoneWhenTheMigrationFails() {
    FakeMigration rename =
        FakeMigration.of(
            2,
            "Rename active_users",
            ops -> ops.renameView("active_users", "current_users"),
            ops -> ops.renameView("current_users", "active_users"));
    Strata strata = strata(FakeSource.of("main", List.of(UserViews.V1, rename)));

    strata.upgrade();
    assertEquals(List.of("current_users"), database.viewNames());
    assertEquals(V1_ROWS, database.rows("SELECT * FROM current_users ORDER BY id"));
    strata.downgrade(1);
    assertEquals(List.of("active_users"), database.viewNames());

    failVersion2(
        ops -> {
          ops.renameView("active_users", "current_users");
          ops.createView("broken", BAD_SQL);
        });
    assertEquals(List.of("active_users"), database.viewNames());
  }

  @Test
  void aSecondRunWaitsForTheLockAndTimesOutNamingIt() throws Exception {
    try (BlockedRun blocked = BlockedRun.start(database.dataSource())) {
      Strata impatient =
          Strata.configure(database.dataSource())
              .sources(UserViews.source())
              .lockTimeout(Duration.ofMillis(300))
              .load();

      String message = assertThrows(StrataException.class, impatient::upgrade).getMessage();

      assertTrue(message.startsWith("Timed out after 0.3 s waiting for the migration lock ("));
      assertTrue(message.contains("Configuration.lockTimeout"), message);
      blocked.release();
      assertEquals(List.of(1, 2, 3), versions(blocked.result()));
    }
    assertEquals(List.of(), strata(UserViews.source()).upgrade());
  }

  @Test
  void dryRunRendersTheSqlOfPendingMigrationsWithoutTouchingTheDatabase() {
    Strata strata = strata(UserViews.source());

    String all = strata.upgradeSql();

    assertTrue(all.contains("CREATE VIEW active_users AS " + UserViews.ACTIVE_USERS_V1 + ";"));
    assertTrue(all.contains("-- V0003 \"Create active_countries\" of set main"), all);
    assertFalse(database.tableExists(stored("strata_schema_history")));
    strata(FakeSource.of("main", List.of(UserViews.V1))).upgrade();
    String rest = strata.upgradeSql();
    assertFalse(rest.contains("V0001"), rest);
    assertTrue(rest.contains("V0002") && rest.contains("V0003"), rest);
    String down = strata.downgradeSql(0);
    assertTrue(down.contains("DROP VIEW active_users;"), down);
    assertEquals(List.of("main:1"), database.history());
  }

  @Test
  void baselineAdoptsViewsThatExistAndRefusesASecondTime() {
    database.execute(
        "CREATE VIEW active_users AS " + UserViews.ACTIVE_USERS_V2,
        "CREATE VIEW active_countries AS " + UserViews.ACTIVE_COUNTRIES);
    Strata strata = strata(UserViews.source());

    List<MigrationInfo> recorded = strata.baseline(3);

    assertEquals(List.of(1, 2, 3), versions(recorded));
    assertEquals(List.of(), strata.upgrade());
    assertEquals(3, strata.validate().applied());
    String message = assertThrows(StrataException.class, () -> strata.baseline(1)).getMessage();
    assertTrue(message.contains("already records 3 migration(s)"), message);
  }

  @Test
  void historyTableWrittenByAnotherToolIsRefusedNamingItsColumns() {
    database.execute(
        "CREATE TABLE strata_schema_history (installed_rank INT, script VARCHAR(100))");

    String message =
        assertThrows(StrataException.class, () -> strata(UserViews.source()).upgrade())
            .getMessage();

    assertTrue(message.contains("is not a Strata history table"), message);
    assertTrue(message.contains("[installed_rank, script]"), message);
    assertEquals(List.of(), database.viewNames());
  }

  @Test
  void historyTableWrittenByANewerStrataIsRefused() {
    strata(UserViews.source()).upgrade();
    database.execute("UPDATE strata_schema_history SET checksum = '3' WHERE version = 0");

    String message =
        assertThrows(StrataException.class, () -> strata(UserViews.source()).status()).getMessage();

    assertTrue(message.contains("was written by a newer Strata (history format 3"), message);
  }

  String failVersion2(Consumer<Operations> upgrade) {
    FakeMigration broken = FakeMigration.of(2, "Break things", upgrade, ops -> {});
    strata(FakeSource.of("main", List.of(UserViews.V1))).upgrade();
    Strata strata = strata(FakeSource.of("main", List.of(UserViews.V1, broken)));
    String message = assertThrows(StrataException.class, strata::upgrade).getMessage();
    assertNotNull(message);
    return message;
  }

  String stored(String name) {
    return kind() == DatabaseKind.H2 ? name.toUpperCase(java.util.Locale.ROOT) : name;
  }

  Strata strata(MigrationSource source) {
    return Strata.configure(database.dataSource()).sources(source).load();
  }

  static List<Integer> versions(List<MigrationInfo> migrations) {
    return migrations.stream().map(MigrationInfo::version).toList();
  }

  static List<Integer> versionsOf(List<MigrationInfo> migrations) {
    return migrations.stream()
        .filter(m -> m.state() == MigrationState.PENDING || m.version() == 1)
        .map(MigrationInfo::version)
        .toList();
  }
}
