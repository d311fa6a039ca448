package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration that fails in a hand-written step ends with what to do about a step: fix it and start
 * again, the same version running the fixed step. The advice for generated migrations (a snapshot
 * to delete, a @View to fix) does not apply to a step's code, which no snapshot holds.
 */
class StepFailureAdviceTest {

  private static final String STEP_ADVICE =
      "Fix the step's SQL, or the rows it fails on, and start again: a step's code is not part of"
          + " its version's checksum, so the migration runs again from its start with the step as"
          + " it is then, in the same version.";

  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"H2", "POSTGRESQL", "MYSQL"})
  void aStepsOwnFailedStatementNamesTheStepAndEndsWithWhatToDoAboutTheStep(DatabaseKind kind) {
    try (TestDatabase database = TestDatabase.create(kind)) {
      JavaStep broken =
          step -> {
            try (Statement query = step.connection().createStatement()) {
              query.executeQuery("SELECT nothing FROM customers");
            }
          };

      StrataException failed =
          assertThrows(
              StrataException.class,
              strata(
                      database,
                      FakeMigration.of(2, "Run step", ops -> ops.runStep(broken), ops -> {}))
                  ::upgrade);

      String message = failed.getMessage();
      assertTrue(
          message.startsWith(
              "Migration V0002 \"Run step\" of set main failed during upgrade: a statement of"
                  + " hand-written step "
                  + broken.getClass().getName()
                  + " (upgrade) failed.\nDatabase message: "),
          message);
      assertTrue(message.endsWith(STEP_ADVICE), message);
      assertFalse(message.contains("snapshot"), message);
      assertEquals(List.of("main:1"), database.history());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"H2", "POSTGRESQL", "MYSQL"})
  void aStatementAStepRanThroughItsOperationsIsShownWithTheStepThatRanIt(DatabaseKind kind) {
    try (TestDatabase database = TestDatabase.create(kind)) {
      JavaStep broken = step -> step.operations().execute("UPDATE customers SET nothing = 1");

      StrataException failed =
          assertThrows(
              StrataException.class,
              strata(
                      database,
                      FakeMigration.of(2, "Run step", ops -> ops.runStep(broken), ops -> {}))
                  ::upgrade);

      String message = failed.getMessage();
      assertTrue(
          message.startsWith(
              "Migration V0002 \"Run step\" of set main failed during upgrade, in hand-written step "
                  + broken.getClass().getName()
                  + " (upgrade), at:\n    UPDATE customers SET nothing = 1\nDatabase message: "),
          message);
      assertTrue(message.endsWith(STEP_ADVICE), message);
      assertEquals(List.of("main:1"), database.history());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"H2", "POSTGRESQL", "MYSQL"})
  void aStepsFailedDowngradeLeavesItsVersionAppliedAndSaysToFixTheStep(DatabaseKind kind) {
    try (TestDatabase database = TestDatabase.create(kind)) {
      JavaStep broken =
          new JavaStep() {
            @Override
            public void upgrade(StepContext step) {}

            @Override
            public void downgrade(StepContext step) throws java.sql.SQLException {
              try (Statement query = step.connection().createStatement()) {
                query.executeQuery("SELECT nothing FROM customers");
              }
            }
          };
      Strata strata =
          strata(
              database,
              FakeMigration.of(
                  2, "Run step", ops -> ops.runStep(broken), ops -> ops.revertStep(broken)));
      strata.upgrade();

      StrataException failed = assertThrows(StrataException.class, () -> strata.downgrade(1));

      String message = failed.getMessage();
      assertTrue(message.contains(" (downgrade) failed.\nDatabase message: "), message);
      assertTrue(message.endsWith(STEP_ADVICE), message);
      assertEquals(List.of("main:1", "main:2"), database.history());
    }
  }

  private static Strata strata(TestDatabase database, FakeMigration step) {
    FakeMigration create =
        FakeMigration.of(
            1,
            "Create customers",
            ops -> ops.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100))"),
            ops -> ops.execute("DROP TABLE customers"));
    return Strata.configure(database.dataSource())
        .sources(FakeSource.of("main", List.of(create, step)))
        .load();
  }
}
