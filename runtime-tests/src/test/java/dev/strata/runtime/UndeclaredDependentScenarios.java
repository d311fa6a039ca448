package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Views that Strata does not manage, created by plain SQL on top of a Strata view or table (a DBA's
 * report), survive a migration that must drop what they read: the database says which they are, and
 * Strata drops and creates them again. Run on every database by the subclasses.
 */
abstract class UndeclaredDependentScenarios {

  private static final FakeMigration V1 =
      FakeMigration.of(
          1,
          "Create active_users",
          ops -> ops.createView("active_users", "SELECT id, email FROM users WHERE active = TRUE"),
          ops -> ops.dropView("active_users"));

  // the columns change: every database needs a drop and a create
  private static final FakeMigration V2 =
      FakeMigration.of(
          2,
          "Change active_users",
          UndeclaredDependentScenarios::changeActiveUsers,
          UndeclaredDependentScenarios::restoreActiveUsers);

  /** A change of a column that views read, which every database refuses under them. */
  static final FakeMigration WIDEN_EMAIL =
      FakeMigration.of(
          1,
          "Widen email",
          ops -> ops.alterColumn("users", Column.of("email", "VARCHAR(200)")),
          ops -> ops.alterColumn("users", Column.of("email", "VARCHAR(100)")));

  private static void changeActiveUsers(Operations ops) {
    ops.dropView("active_users");
    ops.createView("active_users", "SELECT id, country FROM users WHERE active = TRUE AND id > 1");
  }

  private static void restoreActiveUsers(Operations ops) {
    ops.dropView("active_users");
    ops.createView("active_users", "SELECT id, email FROM users WHERE active = TRUE");
  }

  /** What a step reads from the report view on top of active_users: its count. */
  private static String reportCount(StepContext step) throws java.sql.SQLException {
    try (var statement = step.connection().createStatement();
        var rows = statement.executeQuery("SELECT n FROM active_report")) {
      rows.next();
      return rows.getString(1);
    }
  }

  TestDatabase database;

  abstract DatabaseKind kind();

  @BeforeEach
  void createDatabase() {
    database = TestDatabase.create(kind()).withUsersTable();
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  @Test
  void reportViewsOnAStrataViewSurviveAnIncompatibleChangeOfIt() {
    strata(V1).upgrade();
    database.execute(
        "CREATE VIEW active_report AS SELECT COUNT(*) AS n FROM active_users",
        "CREATE VIEW active_summary AS SELECT n * 10 AS tens FROM active_report");

    strata(V1, V2).upgrade();

    assertEquals(List.of("main:1", "main:2"), database.history());
    assertEquals(List.of("1"), database.rows("SELECT n FROM active_report"));
    assertEquals(List.of("10"), database.rows("SELECT tens FROM active_summary"));
    assertEquals(List.of("3|DE"), database.rows("SELECT id, country FROM active_users"));
  }

  @Test
  void aStepAfterTheChangeFindsTheReportViewsCreatedAgainAndWhatItDropsStaysDropped() {
    strata(V1).upgrade();
    database.execute("CREATE VIEW active_report AS SELECT COUNT(*) AS n FROM active_users");
    List<String> seenByStep = new java.util.ArrayList<>();
    JavaStep retireReport =
        new JavaStep() {
          @Override
          public void upgrade(StepContext step) throws java.sql.SQLException {
            seenByStep.add(reportCount(step));
            step.operations().execute("DROP VIEW active_report");
          }

          @Override
          public void downgrade(StepContext step) {}
        };
    FakeMigration changeThenStep =
        FakeMigration.of(
            2,
            "Change active_users, then retire active_report",
            ops -> {
              changeActiveUsers(ops);
              ops.runStep(retireReport);
            },
            ops -> {
              ops.revertStep(retireReport);
              restoreActiveUsers(ops);
            });

    strata(V1, changeThenStep).upgrade();

    assertEquals(List.of("1"), seenByStep);
    assertEquals(List.of("active_users"), database.viewNames());
  }

  @Test
  void aStepWhoseDowngradeRunsLastFindsTheReportViewsOfThePreviousVersion() {
    strata(V1).upgrade();
    database.execute("CREATE VIEW active_report AS SELECT COUNT(*) AS n FROM active_users");
    List<String> seenByStep = new java.util.ArrayList<>();
    JavaStep readReport =
        new JavaStep() {
          @Override
          public void upgrade(StepContext step) {}

          @Override
          public void downgrade(StepContext step) throws java.sql.SQLException {
            seenByStep.add(reportCount(step));
          }
        };
    FakeMigration stepThenChange =
        FakeMigration.of(
            2,
            "Step, then change active_users",
            ops -> {
              ops.runStep(readReport);
              changeActiveUsers(ops);
            },
            ops -> {
              restoreActiveUsers(ops);
              ops.revertStep(readReport);
            });
    Strata release = strata(V1, stepThenChange);
    release.upgrade();

    release.downgrade(1);

    assertEquals(List.of("2"), seenByStep);
    assertEquals(List.of("active_report", "active_users"), database.viewNames());
  }

  @Test
  void aReportViewOnATableSurvivesAChangeOfItsColumn() {
    database.execute("CREATE VIEW user_emails AS SELECT id, email FROM users WHERE id < 3");
    strata(WIDEN_EMAIL).upgrade();

    assertEquals(
        List.of("1|ann@example.com", "2|bob@example.com"),
        database.rows("SELECT id, email FROM user_emails ORDER BY id"));
  }

  /**
   * A view dropped around a column change that the migration then creates again and renames is the
   * migration's: it is not created again under its old name at the end, beside the renamed one, and
   * the downgrade renames it back.
   */
  @Test
  void aViewTheMigrationCreatesAgainAndRenamesIsNotCreatedAgainUnderItsOldName() {
    database.execute("CREATE VIEW user_emails AS SELECT id, email FROM users");
    FakeMigration rename =
        FakeMigration.of(
            1,
            "Widen email, rename user_emails",
            ops -> {
              ops.alterColumn("users", Column.of("email", "VARCHAR(200)"));
              ops.replaceView("user_emails", "SELECT id, email, country FROM users");
              ops.renameView("user_emails", "user_mails");
            },
            ops -> {
              ops.renameView("user_mails", "user_emails");
              ops.replaceView("user_emails", "SELECT id, email FROM users");
              ops.alterColumn("users", Column.of("email", "VARCHAR(100)"));
            });

    strata(rename).upgrade();

    assertEquals(List.of("user_mails"), lowerCase(database.viewNames()));
    assertEquals(
        List.of("1|ann@example.com|FR"),
        database.rows("SELECT id, email, country FROM user_mails WHERE id = 1"));

    strata(rename).downgrade(0);

    assertEquals(List.of("user_emails"), lowerCase(database.viewNames()));
  }

  /** One the migration creates again and then drops stays dropped, the drop being its own. */
  @Test
  void aViewTheMigrationCreatesAgainAndThenDropsStaysDropped() {
    database.execute("CREATE VIEW user_emails AS SELECT id, email FROM users");
    FakeMigration retire =
        FakeMigration.of(
            1,
            "Widen email, retire user_emails",
            ops -> {
              ops.alterColumn("users", Column.of("email", "VARCHAR(200)"));
              ops.createView("user_emails", "SELECT id, email FROM users");
              ops.dropView("user_emails");
            },
            ops -> ops.alterColumn("users", Column.of("email", "VARCHAR(100)")));

    strata(retire).upgrade();

    assertEquals(List.of(), database.viewNames());
  }

  private static List<String> lowerCase(List<String> names) {
    return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
  }

  @Test
  void aReportViewThatNoLongerFitsFailsTheMigrationWithItsDefinition() {
    strata(V1).upgrade();
    database.execute("CREATE VIEW active_emails AS SELECT email FROM active_users");

    StrataException e = assertThrows(StrataException.class, () -> strata(V1, V2).upgrade());

    String message = e.getMessage().toLowerCase(Locale.ROOT);
    assertTrue(message.contains("active_emails"), e::getMessage);
    assertTrue(message.contains("saved definition"), e::getMessage);
    assertTrue(message.contains("email"), e::getMessage);
    // rolled back, or undone where DDL commits at once: the report reads as before
    assertEquals(List.of("main:1"), database.history());
    assertEquals(
        List.of("ann@example.com", "cyd@example.com"),
        database.rows("SELECT email FROM active_emails ORDER BY email"));
  }

  /**
   * The same, with the view that no longer fits created earlier in the migration, after the
   * definitions of the views were first read: each view the migration creates is read again.
   */
  @Test
  void aViewTheMigrationCreatedThatNoLongerFitsFailsTheMigrationWithItsDefinition() {
    strata(V1).upgrade();
    FakeMigration emailsThenChange =
        FakeMigration.of(
            2,
            "Active emails, then change active_users",
            ops -> {
              ops.createView("spare", "SELECT id FROM users");
              // a search for readers before active_emails exists
              ops.dropView("spare");
              ops.createView("active_emails", "SELECT email FROM active_users");
              changeActiveUsers(ops);
            },
            ops -> {});

    StrataException e =
        assertThrows(StrataException.class, () -> strata(V1, emailsThenChange).upgrade());

    String message = e.getMessage().toLowerCase(Locale.ROOT);
    assertTrue(message.contains("active_emails"), e::getMessage);
    assertTrue(message.contains("saved definition"), e::getMessage);
  }

  /**
   * A migration that drops for good a view that a DBA's report reads is refused at that drop, which
   * names the report with its definition and says what to do, before the rest of the migration
   * runs: PostgreSQL refuses the drop (Strata used to drop the report around it and fail at the end
   * on creating it again); MariaDB and H2 used to drop the table after it, with its rows, and then
   * fail the same way, the rows gone.
   */
  @Test
  void aMigrationThatDropsForGoodAViewThatAReportReadsIsRefusedBeforeTheDrop() {
    strata(V1).upgrade();
    database.execute("CREATE VIEW active_report AS SELECT COUNT(*) AS n FROM active_users");
    FakeMigration retire =
        FakeMigration.of(
            2,
            "Retire users",
            ops -> {
              ops.dropView("active_users");
              ops.dropTable("users");
            },
            ops -> {});

    StrataException e = assertThrows(StrataException.class, () -> strata(V1, retire).upgrade());

    String message = e.getMessage().replace(reportLabel(), "<report>");
    assertTrue(
        message.contains(
            "failed during upgrade: it drops view active_users and does not create it again, but"
                + " view <report>, which the migration neither drops nor writes again, reads it:"
                + " Strata could not create it again once active_users is gone. Drop that view, or create it again so as"
                + " not to read active_users, then run again. As the database has it:\n    CREATE"),
        message);
    assertEquals(List.of("main:1"), database.history());
    assertEquals(List.of("2"), database.rows("SELECT n FROM active_report"));
    assertEquals(List.of("3"), database.rows("SELECT COUNT(*) FROM users"));
  }

  // the report view as the catalog names it, with its schema
  private String reportLabel() {
    String schema =
        database
            .rows(
                switch (kind()) {
                  case POSTGRESQL -> "SELECT current_schema()";
                  case MYSQL -> "SELECT DATABASE()";
                  default -> "SELECT SCHEMA()";
                })
            .get(0);
    return schema + "." + (kind() == DatabaseKind.H2 ? "ACTIVE_REPORT" : "active_report");
  }

  /**
   * A view that reads a table the migration drops, and that the migration then replaces, is its.
   */
  @Test
  void aMigrationThatDropsATableAndThenReplacesTheViewReadingItRuns() {
    strata(V1).upgrade();
    FakeMigration move =
        FakeMigration.of(
            2,
            "Move users to members",
            ops -> {
              ops.createTable(
                  new Table(
                      "members",
                      List.of(
                          Column.of("id", "INTEGER").notNull(),
                          Column.of("email", "VARCHAR(100)"),
                          Column.of("active", "BOOLEAN")),
                      List.of("id")));
              ops.dropTable("users");
              ops.replaceView("active_users", "SELECT id, email FROM members WHERE active = TRUE");
            },
            ops -> {});

    strata(V1, move).upgrade();

    assertEquals(List.of("main:1", "main:2"), database.history());
    assertEquals(List.of("0"), database.rows("SELECT COUNT(*) FROM active_users"));
  }

  /** One that drops the report itself first drops both, as asked. */
  @Test
  void aMigrationThatDropsTheReportAndWhatItReadsDropsBoth() {
    strata(V1).upgrade();
    database.execute("CREATE VIEW active_report AS SELECT COUNT(*) AS n FROM active_users");
    FakeMigration retire =
        FakeMigration.of(
            2,
            "Retire active_users and its report",
            ops -> {
              ops.dropView("active_report");
              ops.dropView("active_users");
            },
            ops -> {});

    strata(V1, retire).upgrade();

    assertEquals(List.of(), database.viewNames());
  }

  /**
   * A report view that the migration's own raw SQL creates on a view that it then drops for good is
   * found like one created before the run, and the migration fails on creating it again: on H2,
   * MySQL and MariaDB Strata reads the definitions of the views once per run to find the readers of
   * what it drops, and reads them all again after SQL whose effect it does not follow.
   */
  @Test
  void aReportViewThatTheMigrationsRawSqlCreatesIsFoundByALaterDropOfWhatItReads() {
    strata(V1).upgrade();
    FakeMigration reportThenRetire =
        FakeMigration.of(
            2,
            "Report on active_users, then retire it",
            ops -> {
              ops.createView("spare", "SELECT id FROM users");
              // a search for readers before the report exists
              ops.dropView("spare");
              ops.execute("CREATE VIEW active_report AS SELECT COUNT(*) AS n FROM active_users");
              ops.dropView("active_users");
            },
            ops -> {});

    StrataException e =
        assertThrows(StrataException.class, () -> strata(V1, reportThenRetire).upgrade());

    assertTrue(e.getMessage().contains("view " + reportLabel()), e::getMessage);
    assertTrue(e.getMessage().contains("Strata dropped"), e::getMessage);
  }

  /**
   * The same report created by a hand-written step's own JDBC statement, between two operations of
   * the step that drop views: a step's statements are not followed, so no definition is kept
   * between its operations.
   */
  @Test
  void aReportViewThatAStepCreatesBetweenItsOperationsIsFoundByALaterDropOfWhatItReads() {
    strata(V1).upgrade();
    JavaStep reportThenRetire =
        new JavaStep() {
          @Override
          public void upgrade(StepContext step) throws java.sql.SQLException {
            step.operations().createView("spare", "SELECT id FROM users");
            // a search for readers before the report exists
            step.operations().dropView("spare");
            try (var statement = step.connection().createStatement()) {
              statement.execute(
                  "CREATE VIEW active_report AS SELECT COUNT(*) AS n FROM active_users");
            }
            step.operations().dropView("active_users");
          }

          @Override
          public void downgrade(StepContext step) {}
        };
    FakeMigration retire =
        FakeMigration.of(
            2,
            "Report on active_users, then retire it",
            ops -> ops.runStep(reportThenRetire),
            ops -> {});

    StrataException e = assertThrows(StrataException.class, () -> strata(V1, retire).upgrade());

    assertTrue(e.getMessage().contains("view " + reportLabel()), e::getMessage);
    assertTrue(e.getMessage().contains("Strata dropped"), e::getMessage);
  }

  /**
   * A view that the migration dropped in an earlier group of drops is gone for a later search for
   * readers, though the definitions were read before it was dropped: Strata reads again each view
   * it drops or creates.
   */
  @Test
  void aViewTheMigrationDroppedEarlierIsNoLongerAReaderOfWhatItDropsLater() {
    strata(V1).upgrade();
    database.execute("CREATE VIEW active_report AS SELECT COUNT(*) AS n FROM active_users");
    FakeMigration retire =
        FakeMigration.of(
            2,
            "Retire active_report, then active_users",
            ops -> {
              ops.dropView("active_report");
              // carried out before the next drop
              ops.createView("user_count", "SELECT COUNT(*) AS n FROM users");
              ops.dropView("active_users");
            },
            ops -> {});

    strata(V1, retire).upgrade();

    assertEquals(List.of("main:1", "main:2"), database.history());
    assertEquals(List.of("user_count"), database.viewNames());
  }

  /**
   * A report view on a view that the migration changes twice is dropped at the first change and
   * created again once, at the end: the second change no longer finds it.
   */
  @Test
  void aReportViewOnAViewTheMigrationChangesTwiceIsCreatedAgainOnce() {
    strata(V1).upgrade();
    database.execute("CREATE VIEW active_report AS SELECT COUNT(*) AS n FROM active_users");
    FakeMigration twice =
        FakeMigration.of(
            2,
            "Change active_users and back",
            ops -> {
              changeActiveUsers(ops);
              // carried out before the second change
              ops.createView("user_count", "SELECT COUNT(*) AS n FROM users");
              restoreActiveUsers(ops);
            },
            ops -> {});

    strata(V1, twice).upgrade();

    assertEquals(List.of("main:1", "main:2"), database.history());
    assertEquals(List.of("2"), database.rows("SELECT n FROM active_report"));
  }

  Strata strata(FakeMigration... migrations) {
    return Strata.configure(database.dataSource())
        .sources(FakeSource.of("main", List.of(migrations)))
        .load();
  }
}
