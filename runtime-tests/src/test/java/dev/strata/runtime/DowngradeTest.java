package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DowngradeTest {

  private final TestDatabase database = TestDatabase.withUsers();

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void downgradesToEachEarlierVersionThenToZeroAndUpgradesAgain() {
    Strata strata = strata(UserViews.source());
    strata.upgrade();

    assertEquals(List.of(3), versions(strata.downgrade(2)));
    assertEquals(List.of("ACTIVE_USERS"), database.views());
    assertEquals(3, database.rows("SELECT * FROM active_users").get(0).split("\\|").length);

    assertEquals(List.of(2), versions(strata.downgrade(1)));
    assertEquals(List.of("1|ann@example.com", "3|cyd@example.com"), activeUsers());

    assertEquals(List.of(1), versions(strata.downgrade(0)));
    assertEquals(List.of(), database.views());
    assertEquals(List.of(), database.history());

    assertEquals(List.of(1, 2, 3), versions(strata.upgrade()));
    assertEquals(List.of("ACTIVE_COUNTRIES", "ACTIVE_USERS"), database.views());
  }

  @Test
  void renameIsAppliedAndRevertedByRenamingBack() {
    FakeMigration rename =
        FakeMigration.of(
            2,
            "Rename active_users",
            ops -> ops.renameView("active_users", "current_users"),
            ops -> ops.renameView("current_users", "active_users"));
    Strata strata = strata(FakeSource.of("main", List.of(UserViews.V1, rename)));

    strata.upgrade();
    assertEquals(List.of("CURRENT_USERS"), database.views());
    assertEquals(2, database.rows("SELECT * FROM current_users").size());

    strata.downgrade(1);
    assertEquals(List.of("ACTIVE_USERS"), database.views());
    assertEquals(List.of("1|ann@example.com", "3|cyd@example.com"), activeUsers());
  }

  @Test
  void revertsHighestVersionFirstAndReportsThemPending() {
    Strata strata = strata(UserViews.source());
    strata.upgrade();

    List<MigrationInfo> reverted = strata.downgrade(0);

    assertEquals(List.of(3, 2, 1), versions(reverted));
    assertTrue(reverted.stream().allMatch(m -> m.state() == MigrationState.PENDING));
    assertEquals(List.of(), database.history());
  }

  @Test
  void downgradeToTheCurrentVersionIsANoOpAndLoadsNothing() {
    strata(UserViews.source()).upgrade();
    FakeSource source = UserViews.source();
    Strata strata = strata(source);

    assertEquals(List.of(), strata.downgrade(3));
    assertEquals(List.of(), source.loaded());
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  @Test
  void downgradeOfAFreshDatabaseIsANoOp() {
    assertEquals(List.of(), strata(UserViews.source()).downgrade(0));
  }

  @Test
  void negativeVersionIsRejected() {
    Strata strata = strata(UserViews.source());

    assertThrows(IllegalArgumentException.class, () -> strata.downgrade(-1));
    assertThrows(IllegalArgumentException.class, () -> strata.downgrade("main", -1));
  }

  @Test
  void versionAboveTheNewestIsRejectedAndRevertsNothing() {
    Strata strata = strata(UserViews.source());
    strata.upgrade();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> strata.downgrade(7));

    assertTrue(e.getMessage().contains("versions 0 (nothing applied) to 3"), e::getMessage);
    assertThrows(IllegalArgumentException.class, () -> strata.downgradeSql("main", 4));
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  @Test
  void downgradeWithoutSetNameRefusesWhenSeveralSetsAreLoaded() {
    Strata strata =
        Strata.configure(database.dataSource())
            .sources(UserViews.source(), FakeSource.of("reporting", List.of()))
            .load();

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> strata.downgrade(0));

    assertTrue(e.getMessage().contains("downgrade(String set, int version)"), e::getMessage);
  }

  @Test
  void downgradeOfAnUnknownSetIsRejected() {
    Strata strata = strata(UserViews.source());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> strata.downgrade("reports", 0));

    assertTrue(e.getMessage().contains("reports"), e::getMessage);
  }

  @Test
  void failingDowngradeKeepsItsHistoryRowAndItsViews() {
    FakeMigration brokenDown =
        FakeMigration.of(
            2,
            "Create inactive_users",
            ops -> ops.createView("inactive_users", "SELECT id FROM users WHERE active = FALSE"),
            ops -> {
              ops.dropView("inactive_users");
              ops.execute("DROP VIEW no_such_view");
            });
    Strata strata = strata(FakeSource.of("main", List.of(UserViews.V1, brokenDown)));
    strata.upgrade();

    StrataException e = assertThrows(StrataException.class, () -> strata.downgrade(1));

    assertTrue(e.getMessage().contains("failed during downgrade"), e::getMessage);
    assertEquals(List.of("main:1", "main:2"), database.history());
    assertEquals(List.of("ACTIVE_USERS", "INACTIVE_USERS"), database.views());
    assertEquals(List.of("2"), database.rows("SELECT id FROM inactive_users"));
  }

  private List<String> activeUsers() {
    return database.rows("SELECT * FROM active_users ORDER BY id");
  }

  private static List<Integer> versions(List<MigrationInfo> migrations) {
    return migrations.stream().map(MigrationInfo::version).toList();
  }

  private Strata strata(MigrationSource source) {
    return Strata.configure(database.dataSource()).sources(source).load();
  }
}
