package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code upgrade(target)}: Flyway's {@code target}, for one set. */
class UpgradeTargetTest {

  private static final FakeMigration REPORTING_V1 =
      FakeMigration.of(
          1,
          "Create user_count",
          ops -> ops.createView("user_count", "SELECT COUNT(*) AS n FROM users"),
          ops -> ops.dropView("user_count"));

  private final TestDatabase database = TestDatabase.withUsers();

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void appliesOnlyTheVersionsUpToTheTargetThenTheRest() {
    Strata strata = strata(UserViews.source());

    assertEquals(List.of(1, 2), versions(strata.upgrade(2)));
    assertEquals(List.of("main:1", "main:2"), database.history());
    assertEquals(List.of(), strata.upgrade(2));

    assertEquals(List.of(3), versions(strata.upgrade()));
  }

  @Test
  void loadsNoClassAboveTheTarget() {
    FakeSource source = UserViews.source();

    strata(source).upgrade(1);

    assertEquals(List.of(1), source.loaded());
  }

  @Test
  void aTargetBelowTheAppliedVersionRevertsNothing() {
    Strata strata = strata(UserViews.source());
    strata.upgrade();

    assertEquals(List.of(), strata.upgrade(1));
    assertEquals(List.of(), strata.upgrade(0));
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  @Test
  void upgradeSqlWithATargetShowsOnlyTheVersionsUpToIt() {
    Strata strata = strata(UserViews.source());

    String script = strata.upgradeSql("main", 1);

    assertTrue(script.contains("V0001"), script);
    assertFalse(script.contains("V0002"), script);
    assertEquals(List.of(), database.views());
  }

  @Test
  void aTargetAboveTheNewestVersionIsRejectedBeforeAnythingRuns() {
    Strata strata = strata(UserViews.source());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> strata.upgrade(4));

    assertTrue(e.getMessage().contains("versions 0 (nothing applied) to 3"), e::getMessage);
    assertThrows(IllegalArgumentException.class, () -> strata.upgrade(-1));
    assertEquals(List.of(), database.views());
  }

  @Test
  void theTargetOfOneSetLeavesTheOtherSetsAlone() {
    Strata strata =
        Strata.configure(database.dataSource())
            .sources(UserViews.source(), FakeSource.of("reporting", List.of(REPORTING_V1)))
            .load();

    assertEquals(List.of(1, 2), versions(strata.upgrade("main", 2)));
    assertEquals(List.of("main:1", "main:2"), database.history());

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> strata.upgrade(1));
    assertTrue(e.getMessage().contains("upgrade(String set, int target)"), e::getMessage);
  }

  private Strata strata(MigrationSource source) {
    return Strata.configure(database.dataSource()).sources(source).load();
  }

  private static List<Integer> versions(List<MigrationInfo> migrations) {
    return migrations.stream().map(MigrationInfo::version).toList();
  }
}
