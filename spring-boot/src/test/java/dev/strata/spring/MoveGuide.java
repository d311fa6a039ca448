package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testing.TestDatabase;
import java.sql.SQLException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What the README's guide for moving from Flyway or Liquibase starts from, shared by {@code
 * FlywayMoveTest} and {@code LiquibaseMoveTest}: a database that the old tool alone set up, its
 * table and the view that Strata then takes over.
 */
final class MoveGuide {

  private MoveGuide() {}

  /**
   * Starts {@code application} with Strata off and the old tool's {@code settings}, which must
   * leave the table and the view {@code active_accounts}.
   */
  static void beforeTheMove(
      ApplicationContextRunner application, TestDatabase database, String settings)
      throws SQLException {
    application
        .withPropertyValues(url(database), settings, "strata.enabled=false")
        .run(context -> assertThat(context).hasNotFailed());
    assertThat(database.viewNames()).containsExactly("active_accounts");
  }

  /**
   * After the move: version 1 (active_accounts) recorded, not run, with the view keeping its rows;
   * version 2 (inactive_accounts) applied.
   */
  static void assertAdoptedWithItsRows(TestDatabase database) throws SQLException {
    assertThat(database.query("SELECT version FROM strata_schema_history WHERE version > 0"))
        .containsExactly("version", "1", "2");
    assertThat(database.query("SELECT email FROM active_accounts"))
        .containsExactly("email", "ada@example.com");
    assertThat(database.query("SELECT email FROM inactive_accounts"))
        .containsExactly("email", "bob@example.com");
  }

  /** The property that points the application at {@code database}. */
  static String url(TestDatabase database) {
    return "spring.datasource.url=" + database.url();
  }
}
