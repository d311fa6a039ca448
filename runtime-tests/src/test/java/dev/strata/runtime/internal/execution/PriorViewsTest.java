package dev.strata.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.testing.FakeMigration;
import org.junit.jupiter.api.Test;

class PriorViewsTest {

  private static final FakeMigration CHANGE =
      FakeMigration.of(
          2,
          "Change views",
          ops -> {
            ops.dropView("report");
            ops.dropView("active_users");
            ops.createView("active_users", "SELECT id, country FROM users");
            ops.createView("new_view", "SELECT 1 AS one");
            ops.renameView("old_name", "new_name");
          },
          ops -> {
            ops.renameView("new_name", "old_name");
            ops.dropView("new_view");
            ops.dropView("active_users");
            ops.createView("active_users", "SELECT id, email FROM users");
            ops.createView("REPORT", "SELECT COUNT(*) AS n FROM active_users");
          });

  @Test
  void anUpgradeFindsTheEarlierQueriesInItsDowngrade() {
    PriorViews prior = PriorViews.of(CHANGE, Direction.UPGRADE);

    assertEquals("SELECT id, email FROM users", prior.query("active_users").sql());
    assertEquals("SELECT COUNT(*) AS n FROM active_users", prior.query("report").sql());
    // created by the upgrade, dropped by the downgrade: absent before
    assertNull(prior.query("new_view"));
    // the downgrade renames it back, knowing no query: the catalog will tell
    assertNull(prior.query("old_name"));
  }

  @Test
  void aDowngradeFindsTheEarlierQueriesInItsUpgrade() {
    PriorViews prior = PriorViews.of(CHANGE, Direction.DOWNGRADE);

    assertEquals("SELECT id, country FROM users", prior.query("active_users").sql());
    assertEquals("SELECT 1 AS one", prior.query("NEW_VIEW").sql());
    assertNull(prior.query("report"));
  }

  @Test
  void aViewWithSqlPerDatabaseHadEveryQueryAndItsOptions() {
    ViewQuery before =
        ViewQuery.of("SELECT LISTAGG(tag, ',') AS tags FROM tags")
            .on("mariadb", "SELECT GROUP_CONCAT(tag) AS tags FROM tags")
            .with(ViewQuery.Security.INVOKER);
    FakeMigration perDatabase =
        FakeMigration.of(
            3,
            "Replace tag_lists",
            ops -> ops.replaceView("tag_lists", ViewQuery.of("SELECT id FROM tags")),
            ops -> ops.replaceView("tag_lists", before));

    // the dialect that restores it takes its own query: GROUP_CONCAT on MariaDB, LISTAGG on H2
    assertEquals(before, PriorViews.of(perDatabase, Direction.UPGRADE).query("tag_lists"));
  }

  @Test
  void aDirectionThatThrowsGivesNothing() {
    FakeMigration irreversible =
        FakeMigration.of(
            2,
            "Irreversible",
            ops -> ops.replaceView("active_users", "SELECT id FROM users"),
            ops -> {
              ops.replaceView("active_users", "SELECT id, email FROM users");
              throw new UnsupportedOperationException("cannot be reverted");
            });

    assertNull(PriorViews.of(irreversible, Direction.UPGRADE).query("active_users"));
  }
}
