package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.UserViews;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SQL rendered for a chosen database without any database, for review by a DBA. */
class RenderSqlTest {

  private static final FakeMigration RENAME =
      FakeMigration.of(
          4,
          "Rename active_users",
          ops -> ops.renameView("active_users", "current_users"),
          ops -> ops.renameView("current_users", "active_users"));

  private final Strata strata =
      Strata.configure()
          .sources(FakeSource.of("main", List.of(UserViews.V1, UserViews.V2, UserViews.V3, RENAME)))
          .load();

  @Test
  void rendersEveryUpgradeForPostgresql() {
    assertEquals(
        "-- Strata upgrade rendered for PostgreSQL; the history table is not shown\n"
            + "\n-- V0001 \"Create active_users\" of set main\n"
            + "CREATE VIEW active_users AS SELECT id, email FROM users WHERE active = TRUE;\n"
            + "\n-- V0002 \"Replace active_users\" of set main\n"
            + "CREATE OR REPLACE VIEW active_users AS"
            + " SELECT id, email, country FROM users WHERE active = TRUE;\n"
            + "\n-- V0003 \"Create active_countries\" of set main\n"
            + "CREATE VIEW active_countries AS SELECT DISTINCT country FROM active_users;\n"
            + "\n-- V0004 \"Rename active_users\" of set main\n"
            + "ALTER VIEW active_users RENAME TO current_users;\n",
        strata.renderSql(DatabaseKind.POSTGRESQL));
  }

  @Test
  void rendersADowngradeForMariadbHighestVersionFirst() {
    assertEquals(
        "-- Strata downgrade rendered for MySQL/MariaDB; the history table is not shown\n"
            + "\n-- V0004 \"Rename active_users\" of set main\n"
            + "RENAME TABLE current_users TO active_users;\n"
            + "\n-- V0003 \"Create active_countries\" of set main\n"
            + "DROP VIEW active_countries;\n",
        strata.renderSql(DatabaseKind.parse("mariadb"), "main", 4, 2));
  }

  @Test
  void genericSqlReplacesByDroppingAndCreating() {
    String sql = strata.renderSql(DatabaseKind.GENERIC, "main", 1, 2);

    assertEquals(
        List.of(
            "DROP VIEW active_users;",
            "CREATE VIEW active_users AS SELECT id, email, country FROM users WHERE active = TRUE;"),
        sql.lines().filter(line -> !line.isEmpty() && !line.startsWith("--")).toList());
  }

  @Test
  void nothingToRenderSaysSo() {
    assertEquals(
        "-- Strata upgrade rendered for H2: nothing to run\n",
        strata.renderSql(DatabaseKind.H2, "main", 2, 2));
  }

  @Test
  void versionsOutsideTheSetAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> strata.renderSql(DatabaseKind.H2, "main", 0, 5));
    assertThrows(
        IllegalArgumentException.class, () -> strata.renderSql(DatabaseKind.H2, "other", 0, 1));
  }

  @Test
  void databaseKindsParseWhatPeopleType() {
    assertEquals(DatabaseKind.POSTGRESQL, DatabaseKind.parse(" Postgres "));
    assertEquals(DatabaseKind.POSTGRESQL, DatabaseKind.parse("pg"));
    assertEquals(DatabaseKind.MYSQL, DatabaseKind.parse("MySQL"));
    assertEquals(DatabaseKind.GENERIC, DatabaseKind.parse("generic"));
    assertThrows(IllegalArgumentException.class, () -> DatabaseKind.parse("oracle"));
  }
}
