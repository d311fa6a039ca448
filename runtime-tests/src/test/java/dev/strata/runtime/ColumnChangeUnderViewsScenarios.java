package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A column change leaves in place the views that do not read the column, whether Strata manages
 * them or not, and rebuilds those that do, with their rows: what generated migrations recorded
 * under per-column planning rely on. A view is known to have stayed by a mark that creating it
 * again would lose (a comment on H2, the object id on PostgreSQL, which keeps comments; MariaDB's
 * SQL SECURITY). Run on every database by the subclasses.
 */
abstract class ColumnChangeUnderViewsScenarios {

  private static final String COUNTRIES = "SELECT id, country FROM users";
  private static final String EMAILS = "SELECT id, email FROM users";

  private static final FakeMigration V1 =
      FakeMigration.of(
          1,
          "Create user_countries and user_emails",
          ops -> {
            ops.createView("user_countries", COUNTRIES);
            ops.createView("user_emails", EMAILS);
          },
          ops -> {
            ops.dropView("user_emails");
            ops.dropView("user_countries");
          });

  // as the processor plans it now: only the view that reads email is dropped around its change
  private static final FakeMigration V2 =
      FakeMigration.of(
          2,
          "Change column email of table users",
          ops -> {
            ops.dropView("user_emails");
            ops.alterColumn("users", Column.of("email", "VARCHAR(200)"));
            ops.createView("user_emails", EMAILS);
          },
          ops -> {
            ops.dropView("user_emails");
            ops.alterColumn("users", Column.of("email", "VARCHAR(100)"));
            ops.createView("user_emails", EMAILS);
          });

  TestDatabase database;

  abstract DatabaseKind kind();

  /** Marks {@code view}, whose query is {@code sql}, in a way that creating it again loses. */
  abstract void mark(String view, String sql);

  abstract boolean marked(String view);

  @BeforeEach
  void createDatabase() {
    database = TestDatabase.create(kind()).withUsersTable();
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  @Test
  void aManagedViewThatDoesNotReadTheColumnStaysUpAndDown() {
    strata(V1).upgrade();
    mark("user_countries", COUNTRIES);
    mark("user_emails", EMAILS);

    strata(V1, V2).upgrade();

    assertTrue(marked("user_countries"), "user_countries was created again");
    assertFalse(marked("user_emails"), "user_emails was not created again");
    assertEquals(
        List.of("1|FR", "2|DE", "3|DE"), database.rows("SELECT * FROM user_countries ORDER BY id"));
    assertEquals(
        List.of("1|ann@example.com", "2|bob@example.com", "3|cyd@example.com"),
        database.rows("SELECT * FROM user_emails ORDER BY id"));

    strata(V1, V2).downgrade(1);

    assertTrue(marked("user_countries"), "user_countries was created again by the downgrade");
    assertEquals(List.of("main:1"), database.history());
    assertEquals(
        List.of("1|FR", "2|DE", "3|DE"), database.rows("SELECT * FROM user_countries ORDER BY id"));
  }

  @Test
  void aReportViewIsRebuiltOnlyWhenItReadsTheColumn() {
    database.execute(
        "CREATE VIEW country_report AS SELECT country, COUNT(*) AS n FROM users GROUP BY country",
        "CREATE VIEW email_report AS SELECT id, email FROM users WHERE active = TRUE");
    mark("country_report", "SELECT country, COUNT(*) AS n FROM users GROUP BY country");
    mark("email_report", "SELECT id, email FROM users WHERE active = TRUE");
    FakeMigration widen =
        FakeMigration.of(
            1,
            "Widen email",
            ops -> ops.alterColumn("users", Column.of("email", "VARCHAR(200)")),
            ops -> ops.alterColumn("users", Column.of("email", "VARCHAR(100)")));

    strata(widen).upgrade();

    assertTrue(marked("country_report"), "country_report was created again");
    assertFalse(marked("email_report"), "email_report was not created again");
    assertEquals(
        List.of("DE|2", "FR|1"), database.rows("SELECT * FROM country_report ORDER BY country"));
    assertEquals(
        List.of("1|ann@example.com", "3|cyd@example.com"),
        database.rows("SELECT * FROM email_report ORDER BY id"));
  }

  @Test
  void droppingAColumnNoViewReadsLeavesEveryViewInPlace() {
    strata(V1).upgrade();
    mark("user_countries", COUNTRIES);
    FakeMigration dropActive =
        FakeMigration.of(
            2,
            "Drop column active of table users",
            ops -> ops.dropColumn("users", "active"),
            ops -> ops.addColumn("users", Column.of("active", "BOOLEAN")));

    strata(V1, dropActive).upgrade();

    assertTrue(marked("user_countries"), "user_countries was created again");
    assertEquals(
        List.of("1|FR", "2|DE", "3|DE"), database.rows("SELECT * FROM user_countries ORDER BY id"));
  }

  private Strata strata(FakeMigration... migrations) {
    return Strata.configure(database.dataSource())
        .sources(FakeSource.of("main", List.of(migrations)))
        .load();
  }
}
