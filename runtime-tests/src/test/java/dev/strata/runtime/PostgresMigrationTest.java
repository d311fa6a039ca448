package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.UserViews;
import dev.strata.testing.DataSources;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The shared scenarios on PostgreSQL, whose DDL is transactional, and what is its own. */
class PostgresMigrationTest extends MigrationScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Test
  void aUrlWhoseCurrentSchemaDoesNotExistIsToldSoNotShownAsAllPending() {
    String url = database.url().replaceAll("currentSchema=[^&]*", "currentSchema=no_such_schema");
    Strata strata = Strata.configure(DataSources.of(url)).sources(UserViews.source()).load();

    for (Executable run : List.<Executable>of(strata::status, strata::upgrade)) {
      String message = assertThrows(StrataException.class, run).getMessage();

      assertTrue(message.startsWith("The session has no schema to work in"), message);
      assertTrue(message.contains("currentSchema"), message);
    }
  }

  @Test
  void aCurrentSchemaWrittenInCapitalsIsTheSchemaPostgresFoldsItTo() {
    // the driver passes currentSchema as written, and PostgreSQL folds an unquoted name
    String url =
        java.util.regex.Pattern.compile("currentSchema=([^&]*)")
            .matcher(database.url())
            .replaceFirst(
                match -> "currentSchema=" + match.group(1).toUpperCase(java.util.Locale.ROOT));
    Strata strata = Strata.configure(DataSources.of(url)).sources(UserViews.source()).load();

    assertEquals(1, strata.upgrade(1).size());
    assertEquals(V1_ROWS, database.rows("SELECT * FROM active_users ORDER BY id"));
  }

  /**
   * PostgreSQL cuts a name longer than 63 characters, with a notice only: a history table so named
   * is the table PostgreSQL stores, found again by the next start.
   */
  @Test
  void aHistoryTableOfANameLongerThanPostgresKeepsIsFoundUnderTheNameItStores() {
    String history = "history_of_the_reporting_schema_of_the_accounts_team_and_its_partners";
    Strata strata =
        Strata.configure(database.dataSource())
            .historyTable(history)
            .sources(UserViews.source())
            .load();

    assertEquals(1, strata.upgrade(1).size());
    assertEquals(List.of(2, 3), versions(strata.upgrade()));

    assertEquals(List.of(), strata.upgrade());
    assertEquals(List.of(3), versions(strata.downgrade(2)));
    assertEquals(
        List.of(history.substring(0, 63)),
        database.rows(
            "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_name LIKE 'history%'"));
  }

  @Test
  void aFailingMigrationIsRolledBackWhole() {
    String message =
        failVersion2(
            ops -> {
              ops.dropView("active_users");
              ops.createView("broken", BAD_SQL);
            });

    assertTrue(message.contains("The transaction was rolled back"), message);
    assertEquals(V1_ROWS, database.rows("SELECT * FROM active_users ORDER BY id"));
    assertEquals(
        List.of("0"),
        database.rows("SELECT COUNT(*) FROM strata_schema_history WHERE version = 2"));
  }

  @Test
  void aViewWhoseColumnChangesTypeBehindTheSameSelectListIsDroppedAndCreatedWithItsReaders() {
    FakeMigration emails = userEmailsAndTheirReader();
    // the select list reads alike, but email becomes a varchar(20): CREATE OR REPLACE refuses that
    FakeMigration shorter =
        FakeMigration.of(
            2,
            "Replace user_emails",
            ops ->
                ops.replaceView(
                    "user_emails", "SELECT id, CAST(email AS VARCHAR(20)) AS email FROM users"),
            ops -> ops.replaceView("user_emails", "SELECT id, email FROM users"));
    Strata strata = strata(FakeSource.of("main", List.of(emails, shorter)));

    assertEquals(2, strata.upgrade().size());

    assertEquals(
        List.of("character varying(20)"),
        database.rows(
            "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = 'user_emails'::regclass AND attname = 'email'"));
    assertEquals(List.of("3"), database.rows("SELECT COUNT(*) FROM known_emails"));
    assertEquals(List.of(), strata.validate().drift());
    strata.downgrade(1);
    assertEquals(List.of("3"), database.rows("SELECT COUNT(*) FROM known_emails"));
    assertEquals(List.of(), strata.validate().drift());
  }

  /**
   * A view that reads a view whose replacement PostgreSQL refuses in place is dropped with it and
   * created again at the end; a migration that drops that reader after the replacement (which works
   * when the replacement is in place) finds it gone, and it stays gone.
   */
  @Test
  void aReaderDroppedAfterAReplacementThatDropsItIsNotCreatedAgain() {
    FakeMigration emails = userEmailsAndTheirReader();
    FakeMigration shorter =
        FakeMigration.of(
            2,
            "Replace user_emails, drop known_emails",
            ops -> {
              ops.replaceView(
                  "user_emails", "SELECT id, CAST(email AS VARCHAR(20)) AS email FROM users");
              ops.dropView("Known_Emails");
            },
            ops -> {
              ops.replaceView("user_emails", "SELECT id, email FROM users");
              ops.createView(
                  "known_emails", "SELECT id, email FROM user_emails WHERE email IS NOT NULL");
            });
    Strata strata = strata(FakeSource.of("main", List.of(emails, shorter)));

    assertEquals(List.of(1, 2), versions(strata.upgrade()));

    assertEquals(List.of("user_emails"), database.viewNames());
    assertEquals(List.of(), strata.validate().drift());
  }

  /**
   * The readers that a replacement refused in place drops are created again as soon as the view is,
   * not when the migration ends: a later operation of the same migration may read them.
   */
  @Test
  void aReaderDroppedByAReplacementIsBackForTheMigrationsNextOperation() {
    FakeMigration emails = userEmailsAndTheirReader();
    FakeMigration counted =
        FakeMigration.of(
            2,
            "Replace user_emails, count known_emails",
            ops -> {
              ops.replaceView(
                  "user_emails", "SELECT id, CAST(email AS VARCHAR(20)) AS email FROM users");
              ops.createView("email_count", "SELECT COUNT(*) AS n FROM known_emails");
            },
            ops -> {
              ops.dropView("email_count");
              ops.replaceView("user_emails", "SELECT id, email FROM users");
              ops.createView("email_total", "SELECT COUNT(*) AS n FROM known_emails");
              ops.dropView("email_total");
            });
    Strata strata = strata(FakeSource.of("main", List.of(emails, counted)));

    assertEquals(List.of(1, 2), versions(strata.upgrade()));

    assertEquals(List.of("3"), database.rows("SELECT n FROM email_count"));
    assertEquals(List.of(), strata.validate().drift());
    strata.downgrade(1);
    assertEquals(List.of("known_emails", "user_emails"), database.viewNames());
    assertEquals(List.of(), strata.validate().drift());
  }

  /**
   * A reader that no longer fits the view a refused replacement created again is left for the end
   * of the migration, which may still make it fit, as when nothing read it in between.
   */
  @Test
  void aReaderThatFitsOnlyAfterALaterOperationIsCreatedAgainAtTheEnd() {
    FakeMigration emails = userEmailsAndTheirReader();
    FakeMigration renamed =
        FakeMigration.of(
            2,
            "Rename the email column of user_emails, add it back",
            ops -> {
              ops.replaceView(
                  "user_emails", "SELECT id, CAST(email AS VARCHAR(20)) AS address FROM users");
              ops.createView("email_ids", "SELECT id FROM users");
              ops.replaceView(
                  "user_emails",
                  "SELECT id, CAST(email AS VARCHAR(20)) AS address,"
                      + " CAST(email AS VARCHAR(20)) AS email FROM users");
            },
            ops -> {
              ops.dropView("email_ids");
              ops.dropView("known_emails");
              ops.dropView("user_emails");
              ops.createView("user_emails", "SELECT id, email FROM users");
              ops.createView(
                  "known_emails", "SELECT id, email FROM user_emails WHERE email IS NOT NULL");
            });
    Strata strata = strata(FakeSource.of("main", List.of(emails, renamed)));

    assertEquals(List.of(1, 2), versions(strata.upgrade()));

    assertEquals(List.of("3"), database.rows("SELECT COUNT(*) FROM known_emails"));
  }

  /**
   * The row of a migration that writes views of another schema only is written with that schema
   * alone on the {@code search_path}, for the definitions' read: it still goes to the session's
   * history table, not to a table of the same name there (another application's history), nor fails
   * where there is none.
   */
  @Test
  void aMigrationOfViewsInAnotherSchemaIsRecordedInTheSessionsHistory() {
    String schema = database.rows("SELECT current_schema()").get(0);
    String reports = schema + "_reports";
    FakeMigration emails =
        FakeMigration.of(
            1,
            "Create user_emails",
            ops -> ops.createView("user_emails", "SELECT id, email FROM users"),
            ops -> ops.dropView("user_emails"));
    FakeMigration report =
        FakeMigration.of(
            2,
            "Create a report view of another schema",
            ops -> ops.createView(reports + ".emails", "SELECT email FROM " + schema + ".users"),
            ops -> ops.dropView(reports + ".emails"));
    Strata strata = strata(FakeSource.of("main", List.of(emails, report)));
    try {
      assertEquals(1, strata.upgrade("main", 1).size());
      database.execute(
          "CREATE SCHEMA " + reports,
          "CREATE TABLE "
              + reports
              + ".strata_schema_history (LIKE strata_schema_history INCLUDING ALL)");

      assertEquals(List.of(2), versions(strata.upgrade()));

      assertEquals(List.of("main:1", "main:2"), database.history());
      assertEquals(
          List.of("0"),
          database.rows("SELECT COUNT(*) FROM " + reports + ".strata_schema_history"));
      assertEquals(List.of(), strata.upgrade());
    } finally {
      database.execute("DROP SCHEMA IF EXISTS " + reports + " CASCADE");
    }
  }

  @Test
  void aUserWhoMayNotCreateTablesIsToldSoBeforeAnythingRuns() {
    String role = "strata_it_" + UUID.randomUUID().toString().substring(0, 8);
    String schema = database.rows("SELECT current_schema()").get(0);
    database.execute(
        "CREATE ROLE " + role + " LOGIN", "GRANT USAGE ON SCHEMA " + schema + " TO " + role);
    try {
      String url = database.url().replace("user=postgres", "user=" + role);
      Strata strata = Strata.configure(DataSources.of(url)).sources(UserViews.source()).load();

      String message = assertThrows(StrataException.class, strata::upgrade).getMessage();

      assertTrue(message.startsWith("The database user " + role + " may not create"), message);
      assertTrue(message.contains("permission denied for schema " + schema), message);
      assertEquals(List.of(), database.viewNames());
    } finally {
      database.execute("DROP OWNED BY " + role, "DROP ROLE " + role);
    }
  }

  @Test
  void aUserWithoutUsageOnItsSchemaIsToldSoNotAboutAnotherSchemasTable() {
    String role = "strata_it_" + UUID.randomUUID().toString().substring(0, 8);
    String schema = database.rows("SELECT current_schema()").get(0);
    database.execute("CREATE ROLE " + role + " LOGIN");
    try {
      String url = database.url().replace("user=postgres", "user=" + role);
      Strata strata = Strata.configure(DataSources.of(url)).sources(UserViews.source()).load();

      for (Executable command : List.<Executable>of(strata::upgrade, strata::status)) {
        String message = assertThrows(StrataException.class, command).getMessage();

        assertTrue(message.contains("has no USAGE privilege on schema " + schema), message);
        assertTrue(message.contains("GRANT USAGE, CREATE ON SCHEMA " + schema), message);
      }
    } finally {
      database.execute("DROP OWNED BY " + role, "DROP ROLE " + role);
    }
  }

  /** Version 1: the view user_emails, and known_emails, which reads it. */
  private static FakeMigration userEmailsAndTheirReader() {
    return FakeMigration.of(
        1,
        "Create user_emails and known_emails",
        ops -> {
          ops.createView("user_emails", "SELECT id, email FROM users");
          ops.createView(
              "known_emails", "SELECT id, email FROM user_emails WHERE email IS NOT NULL");
        },
        ops -> {
          ops.dropView("known_emails");
          ops.dropView("user_emails");
        });
  }
}
