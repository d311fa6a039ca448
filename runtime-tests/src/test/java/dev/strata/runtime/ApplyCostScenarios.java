package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.RecordingDataSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What applying costs the database, counted and never timed: the statements (each a round trip on a
 * server database) and commits that each migration creating one view adds to an upgrade, against
 * the one {@code CREATE VIEW} that raw JDBC executes. The budgets are exact, so that a change that
 * adds a round trip to every migration fails here and says which. Run on every database by the
 * subclasses, through a {@link RecordingDataSource} on a database of the test's own.
 */
abstract class ApplyCostScenarios extends RecordedDatabaseScenarios {

  private static final int MIGRATIONS = 6;

  /** Statements per migration: its DDL and what the history and the lock add. */
  abstract List<String> statementsOfOneMigration();

  /**
   * Statements prepared per migration: none where a run keeps the statements of its history writes
   * and view reads; on PostgreSQL, which prepares each anew (see {@code
   * Dialect#keepsPreparedStatements}), the ones it sends.
   */
  abstract int preparedPerMigration();

  /** Calls to {@code commit()} per migration. */
  abstract int commitsPerMigration();

  /**
   * Statements and catalog calls of an upgrade of an existing history beyond its migrations': the
   * history read without a lock, the checks of the history table, the lock, the history read under
   * it.
   */
  abstract int fixedStatementsOfAnUpgrade();

  /** What each read of a view's definition says in the SQL: one per view read. */
  abstract String definitionRead();

  @Test
  void eachMigrationThatCreatesAViewAddsExactlyItsBudgetOfStatementsAndCommits() {
    Strata strata = Strata.configure(recording).sources(views()).load();
    strata.upgrade("main", 2);

    recording.clear();
    strata.upgrade("main", 3);
    List<String> one = recording.recorded();
    long oneCommits = commits();
    recording.clear();
    strata.upgrade("main", 5);
    List<String> two = recording.recorded();
    long twoCommits = commits();

    // what an upgrade of two migrations executes beyond an upgrade of one: one migration's cost
    String both = "one migration:\n" + lines(one) + "\ntwo migrations:\n" + lines(two);
    assertEquals(statementsOfOneMigration().size(), two.size() - one.size(), both);
    List<String> budget = statementsOfOneMigration();
    int view = indexOf(budget, "CREATE VIEW v5");
    int first = indexOf(two, "CREATE VIEW v5") - view;
    List<String> last = two.subList(first, first + budget.size());
    for (int i = 0; i < last.size(); i++) {
      assertTrue(
          last.get(i).contains(budget.get(i)),
          "statement " + (i + 1) + " of the last migration, " + last.get(i) + ", in\n" + both);
    }
    assertEquals(
        commitsPerMigration(), twoCommits - oneCommits, recording.transactions()::toString);
    assertEquals(List.of("main:1", "main:2", "main:3", "main:4", "main:5"), database.history());
  }

  @Test
  void eachMigrationPreparesItsBudgetOfStatementsAndTheRunClosesEveryOne() {
    Strata strata = Strata.configure(recording).sources(views()).load();
    strata.upgrade("main", 2);

    recording.clear();
    strata.upgrade("main", 3);
    List<String> one = recording.prepared();
    recording.clear();
    strata.upgrade("main", 5);
    List<String> two = recording.prepared();

    assertEquals(
        preparedPerMigration(),
        two.size() - one.size(),
        () -> "one migration:\n" + lines(one) + "\ntwo migrations:\n" + lines(two));
    assertEquals(List.of(), recording.openPrepared());
  }

  @Test
  void anUpgradeOfAnExistingHistoryAddsExactlyItsFixedStatements() {
    Strata strata = Strata.configure(recording).sources(views()).load();
    strata.upgrade("main", 2);

    recording.clear();
    strata.upgrade("main", 3);
    List<String> one = recording.recorded();

    assertEquals(
        fixedStatementsOfAnUpgrade(),
        one.size() - statementsOfOneMigration().size(),
        () -> "an upgrade of one migration:\n" + lines(one));
  }

  /**
   * The statement that records a migration's outcome reads back at most 8 of the views it wrote
   * itself (PostgreSQL and MariaDB; H2 reads them apart): the server plans a subquery per view,
   * about 300 us each and more than linear (2.3 s at 1,000 views against 23 ms on PostgreSQL, 0.1 s
   * on MariaDB, for a query of their own), so a migration of more reads them with one query, which
   * costs less than the round trip it adds. Counted: no statement reads more than 8 definitions.
   */
  @Test
  void aMigrationOfManyViewsReadsTheirDefinitionsWithAQueryOfItsOwn() {
    FakeMigration many =
        FakeMigration.of(
            1,
            "Create 40 views",
            ops -> {
              for (int i = 0; i < 40; i++) {
                ops.createView("w" + i, "SELECT id FROM users");
              }
            },
            ops -> {
              for (int i = 0; i < 40; i++) {
                ops.dropView("w" + i);
              }
            });
    Strata strata =
        Strata.configure(recording).sources(FakeSource.of("main", List.of(many))).load();

    strata.upgrade();

    List<String> recorded = recording.recorded();
    for (String sql : recorded) {
      assertTrue(sql.split(java.util.regex.Pattern.quote(definitionRead()), -1).length <= 9, sql);
    }
    assertEquals(
        1,
        recorded.stream()
            .filter(sql -> sql.contains(definitionRead()) && sql.contains(" IN (?, ?"))
            .count(),
        () -> lines(recorded));
    assertEquals(List.of(), strata.validate().drift());
  }

  @Test
  void aMigrationWhoseStatementFailsLeavesNoHistoryRowAndTheViewsBeforeItApplied() {
    // on H2 the view fails to parse, before it commits the row marked running: the rollback
    // removes the row, and undoing the run finds nothing to delete, which is no error
    upgradeFailingAtTheSeventh(ops -> ops.createView("broken", "SELECT no_such_column FROM users"));
  }

  /**
   * A statement that fails to parse commits nothing first, not even where DDL commits at once: the
   * rollback undoes the row marked running and the outcome of the migration before, which waited
   * for that statement to commit it, and which the run writes again.
   */
  @Test
  void aMigrationWhoseFirstStatementCannotBeParsedLeavesTheOneBeforeItApplied() {
    upgradeFailingAtTheSeventh(ops -> ops.createView("broken", "SELECT FROM WHERE"));
  }

  /** The migration's own code throws before its first statement: nothing committed the outcome. */
  @Test
  void aMigrationWhoseCodeThrowsBeforeItsFirstStatementLeavesTheOneBeforeItApplied() {
    upgradeFailingAtTheSeventh(
        ops -> {
          throw new IllegalStateException("the migration's own code failed");
        });
  }

  /**
   * A migration of no statement never has its row committed by one: its outcome is committed at
   * once, so that the next migration failing to parse cannot take both rows back.
   */
  @Test
  void aMigrationOfNoStatementStaysAppliedWhenTheNextFailsToParse() {
    List<FakeMigration> migrations = new ArrayList<>(migrations());
    migrations.add(FakeMigration.of(MIGRATIONS + 1, "Nothing", ops -> {}, ops -> {}));
    migrations.add(
        FakeMigration.of(
            MIGRATIONS + 2,
            "Create broken",
            ops -> ops.createView("broken", "SELECT FROM WHERE"),
            ops -> {}));
    Strata strata = Strata.configure(recording).sources(FakeSource.of("main", migrations)).load();

    StrataException failure = assertThrows(StrataException.class, strata::upgrade);

    assertTrue(failure.getMessage().contains("V0008"), failure::getMessage);
    assertEquals(MigrationState.APPLIED, strata.status().migrations().get(MIGRATIONS).state());
    assertEquals(
        0, database.rows("SELECT version FROM strata_schema_history WHERE version = 8").size());
  }

  private void upgradeFailingAtTheSeventh(java.util.function.Consumer<Operations> upgrade) {
    List<FakeMigration> migrations = new ArrayList<>(migrations());
    migrations.add(FakeMigration.of(MIGRATIONS + 1, "Create broken", upgrade, ops -> {}));
    Strata strata = Strata.configure(recording).sources(FakeSource.of("main", migrations)).load();

    StrataException failure = assertThrows(StrataException.class, strata::upgrade);

    assertTrue(failure.getMessage().contains("V0007"), failure::getMessage);
    assertFalse(
        failure.getMessage().contains("Updating the history table failed"), failure::getMessage);
    List<String> applied = new ArrayList<>();
    for (int i = 1; i <= MIGRATIONS; i++) {
      applied.add("main:" + i);
    }
    assertEquals(applied, database.history());
    assertEquals(
        0, database.rows("SELECT version FROM strata_schema_history WHERE version = 7").size());
    assertTrue(!database.viewNames().contains("broken"), database.viewNames()::toString);
    assertEquals(List.of("1", "2", "3"), database.rows("SELECT id FROM v6 ORDER BY id"));
    assertEquals(MigrationState.APPLIED, strata.status().migrations().get(MIGRATIONS - 1).state());
  }

  private static int indexOf(List<String> statements, String prefix) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("No " + prefix + " in\n" + lines(statements));
  }

  private long commits() {
    return recording.transactions().stream().filter("commit"::equals).count();
  }

  static FakeSource views() {
    return FakeSource.of("main", migrations());
  }

  /** As the processor writes them for the benchmark: each creates one view of the base table. */
  private static List<FakeMigration> migrations() {
    List<FakeMigration> migrations = new ArrayList<>();
    for (int i = 1; i <= MIGRATIONS; i++) {
      String name = "v" + i;
      migrations.add(
          FakeMigration.of(
              i,
              "Create " + name,
              ops -> ops.createView(name, "SELECT id FROM users"),
              ops -> ops.dropView(name)));
    }
    return migrations;
  }

  private static String lines(List<String> statements) {
    return "  " + String.join("\n  ", statements);
  }
}
