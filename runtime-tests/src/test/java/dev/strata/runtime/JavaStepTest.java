package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hand-written steps as generated migrations call them: in the migration's transaction, with its
 * operations and a connection that cannot end the transaction; a version whose step has no
 * downgrade refuses a downgrade through it before reverting anything.
 */
class JavaStepTest {

  private final TestDatabase database = TestDatabase.create(DatabaseKind.H2);

  private static final FakeMigration CREATE =
      FakeMigration.of(
          1,
          "Create customers",
          ops -> ops.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100))"),
          ops -> ops.execute("DROP TABLE customers"));

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aStepWritesThroughItsOperationsAndItsConnection() {
    JavaStep fill =
        new JavaStep() {
          @Override
          public void upgrade(StepContext step) throws SQLException {
            step.operations().execute("INSERT INTO customers VALUES (1, 'ada')");
            try (PreparedStatement insert =
                step.connection().prepareStatement("INSERT INTO customers VALUES (?, ?)")) {
              insert.setInt(1, 2);
              insert.setString(2, step.database().name());
              insert.executeUpdate();
            }
          }

          @Override
          public void downgrade(StepContext step) {
            step.operations().execute("DELETE FROM customers");
          }
        };
    Strata strata = strata(step(2, ops -> ops.runStep(fill), ops -> ops.revertStep(fill)));

    strata.upgrade();
    assertEquals(
        List.of("1|ada", "2|H2"), database.rows("SELECT id, name FROM customers ORDER BY id"));

    strata.downgrade(1);
    assertEquals(List.of("0"), database.rows("SELECT COUNT(*) FROM customers"));
  }

  @Test
  void aStepThatCommitsFailsItsMigrationAndIsNotRecorded() {
    JavaStep committing =
        step -> {
          step.operations().execute("INSERT INTO customers VALUES (1, 'ada')");
          step.connection().commit();
        };
    Strata strata = strata(step(2, ops -> ops.runStep(committing), ops -> {}));

    StrataException failed = assertThrows(StrataException.class, strata::upgrade);

    assertTrue(failed.getMessage().contains("V0002"), failed.getMessage());
    assertTrue(
        failed.getMessage().contains("called Connection.commit(): a step runs in its migration's"),
        failed.getMessage());
    assertEquals(1, strata.status().currentVersion("main"));
  }

  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"H2", "POSTGRESQL", "MYSQL"})
  void aStepThatMovesTheConnectionToAnotherSchemaFailsItsMigrationAndIsNotRecorded(
      DatabaseKind kind) {
    try (TestDatabase own = TestDatabase.create(kind)) {
      // MySQL's schemas are its catalogs; the others' setCatalog is a no-op, setSchema is not
      JavaStep moving =
          step -> {
            if (kind == DatabaseKind.MYSQL) {
              step.connection().setCatalog("information_schema");
            } else {
              step.connection().setSchema("INFORMATION_SCHEMA");
            }
          };
      Strata strata =
          Strata.configure(own.dataSource())
              .sources(
                  FakeSource.of(
                      "main", List.of(CREATE, step(2, ops -> ops.runStep(moving), ops -> {}))))
              .load();

      StrataException failed = assertThrows(StrataException.class, strata::upgrade);

      assertTrue(
          failed
              .getMessage()
              .contains(
                  " called Connection."
                      + (kind == DatabaseKind.MYSQL ? "setCatalog" : "setSchema")
                      + "(): the rest of the migration, the migrations after it and the history"
                      + " table use the connection's schema. Leave it as it is, and qualify the"
                      + " names of another schema's objects in the SQL"),
          failed.getMessage());
      assertEquals(List.of("main:1"), own.history());
    }
  }

  @Test
  void aPostgresStepThatSwallowsAFailedStatementIsNamedNotTheNextStatement() {
    try (TestDatabase postgres = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      JavaStep swallowing =
          step -> {
            try (Statement insert = step.connection().createStatement()) {
              insert.executeUpdate("INSERT INTO customers VALUES (1, 'ada')");
              insert.executeUpdate("INSERT INTO customers VALUES (1, 'again')");
            } catch (SQLException duplicate) {
              // taken for "already there": PostgreSQL has aborted the transaction meanwhile
            }
          };
      Strata strata =
          Strata.configure(postgres.dataSource())
              .sources(
                  FakeSource.of(
                      "main",
                      List.of(
                          CREATE,
                          step(
                              2,
                              ops -> {
                                ops.runStep(swallowing);
                                ops.execute("CREATE TABLE tags (id INT)");
                              },
                              ops -> {}))))
              .load();

      StrataException failed = assertThrows(StrataException.class, strata::upgrade);

      assertTrue(
          failed
              .getMessage()
              .startsWith(
                  "Migration V0002 \"Run step\" of set main failed during upgrade: hand-written"
                      + " step "
                      + swallowing.getClass().getName()
                      + " (upgrade) returned after one of its statements failed, which left"
                      + " PostgreSQL's transaction aborted: no later statement of the migration"
                      + " can run. Let the step throw the SQLException, or run a statement that may"
                      + " fail between connection().setSavepoint() and rollback(savepoint).\n"),
          failed.getMessage());
      assertEquals(List.of("main:1"), postgres.history());
    }
  }

  @Test
  void aStepsSqlExceptionNamesTheStep() {
    JavaStep broken =
        step -> {
          try (ResultSet rows =
              step.connection().createStatement().executeQuery("SELECT nothing FROM customers")) {
            rows.next();
          }
        };
    Strata strata = strata(step(2, ops -> ops.runStep(broken), ops -> {}));

    StrataException failed = assertThrows(StrataException.class, strata::upgrade);

    assertTrue(failed.getMessage().contains("hand-written step"), failed.getMessage());
    assertEquals(1, strata.status().currentVersion("main"));
  }

  @Test
  void aStepThatThrowsIsNamedInTheFailureWithWhatItThrew() {
    JavaStep refusing =
        step -> {
          throw new IllegalStateException("customer 7 has no name");
        };
    Strata strata = strata(step(2, ops -> ops.runStep(refusing), ops -> {}));

    StrataException failed = assertThrows(StrataException.class, strata::upgrade);

    assertTrue(
        failed
            .getMessage()
            .startsWith(
                "Migration V0002 \"Run step\" of set main failed during upgrade: hand-written step "
                    + refusing.getClass().getName()
                    + " (upgrade) threw java.lang.IllegalStateException: customer 7 has no name.\n"),
        failed.getMessage());
    assertTrue(
        failed
            .getMessage()
            .endsWith(
                "Fix the cause and start again: a step's code is not part of its version's"
                    + " checksum, so the migration runs again from its start with the step as it"
                    + " is then, in the same version."),
        failed.getMessage());
    assertEquals(1, strata.status().currentVersion("main"));
  }

  @Test
  void aNestedStepCreatedByTheMigrationIsNamedAsInJavaAndAsItsBuildNamedIt() {
    Strata strata = strata(step(2, ops -> ops.runStep(new NestedFill()), ops -> {}));

    StrataException failed = assertThrows(StrataException.class, strata::upgrade);

    // the processor names it so, in the checksum and in the migrations it generates now
    assertTrue(
        failed
            .getMessage()
            .contains(
                "hand-written step dev.strata.runtime.JavaStepTest.NestedFill (upgrade) threw"),
        failed.getMessage());
  }

  /** A step nested in another class, created by the migration as an earlier Strata generated it. */
  public static final class NestedFill implements JavaStep {
    @Override
    public void upgrade(StepContext step) {
      throw new IllegalStateException("customer 7 has no name");
    }
  }

  @Test
  void aStepMissingAClassAtRunTimeIsNamedWithWhereTheClassGoes() {
    JavaStep needingALibrary =
        step -> {
          throw new NoClassDefFoundError("com/fasterxml/jackson/databind/ObjectMapper");
        };
    Strata strata = strata(step(2, ops -> ops.runStep(needingALibrary), ops -> {}));

    StrataException failed = assertThrows(StrataException.class, strata::upgrade);

    assertTrue(
        failed
            .getMessage()
            .startsWith(
                "Migration V0002 \"Run step\" of set main failed during upgrade: hand-written step "
                    + needingALibrary.getClass().getName()
                    + " (upgrade) threw java.lang.NoClassDefFoundError:"
                    + " com/fasterxml/jackson/databind/ObjectMapper. A class it uses is missing at"
                    + " run time: put the jar that has it on the class path of the migration (the"
                    + " command line's -m takes it beside the migrations).\n"),
        failed.getMessage());
    assertEquals(1, strata.status().currentVersion("main"));
  }

  @Test
  void aStepsOwnSqlExceptionWithoutStateFailsItsMigrationWithItsMessage() {
    JavaStep refusing =
        step -> {
          throw new SQLException("no customer may be called Bob");
        };
    Strata strata = strata(step(2, ops -> ops.runStep(refusing), ops -> {}));

    StrataException failed = assertThrows(StrataException.class, strata::upgrade);

    assertTrue(failed.getMessage().contains("no customer may be called Bob"), failed.getMessage());
    assertEquals(1, strata.status().currentVersion("main"));
  }

  @Test
  void aDowngradeThroughAnIrreversibleVersionRevertsNothing() {
    Migration irreversible =
        new Irreversible(step(2, ops -> ops.execute("CREATE TABLE notes (id INT)"), ops -> {}));
    FakeMigration third =
        FakeMigration.of(
            3,
            "Create tags",
            ops -> ops.execute("CREATE TABLE tags (id INT)"),
            ops -> ops.execute("DROP TABLE tags"));
    Strata strata = strata(irreversible, third);
    strata.upgrade();

    StrataException refused = assertThrows(StrataException.class, () -> strata.downgrade(1));

    assertEquals(
        "Cannot downgrade set main to version 1: V0002 \"Run step\" of set main cannot be"
            + " reverted, because hand-written step com.example.Fill has no downgrade. Nothing"
            + " was reverted. Downgrade to version 2 or above, or give the step a downgrade (an"
            + " empty one if the generated downgrade undoes all there is to undo) and rebuild:"
            + " its checksum stays the same.",
        refused.getMessage());
    assertEquals(3, strata.status().currentVersion("main"));
    assertThrows(StrataException.class, () -> strata.downgradeSql("main", 1));
    strata.downgrade(2);
    assertEquals(2, strata.status().currentVersion("main"));
  }

  @Test
  void aDryRunShowsWhereAStepRuns() {
    JavaStep fill = step -> {};
    Strata strata = strata(step(2, ops -> ops.runStep(fill), ops -> ops.revertStep(fill)));

    String sql = strata.renderSql(DatabaseKind.POSTGRESQL, "main", 1, 2);

    assertTrue(
        sql.endsWith(
            "-- V0002 \"Run step\" of set main\n"
                + "-- hand-written step "
                + fill.getClass().getName()
                + ": its upgrade runs here (Java code, not shown)\n"),
        sql);
  }

  @Test
  void aScriptFromNothingThatHasAStepOffersNoBaselineThatWouldRecordTheStepAsRun() {
    JavaStep grant = step -> step.operations().execute("GRANT SELECT ON customers TO reporting");
    Strata strata = strata(step(2, ops -> ops.runStep(grant), ops -> ops.revertStep(grant)));

    String sql = strata.renderSql(DatabaseKind.POSTGRESQL, "main", 0, 2);

    assertTrue(
        sql.startsWith(
            "-- Strata upgrade rendered for PostgreSQL; the history table is not shown\n"
                + "-- It writes no history: an upgrade after it would run these migrations again."
                + " Let the upgrade run them: V0002 \"Run step\" of set main runs a hand-written"
                + " step, Java code that the script only names, and a baseline after the script"
                + " would record it as run.\n"),
        sql);
  }

  private Strata strata(Migration... later) {
    List<Migration> migrations = new java.util.ArrayList<>();
    migrations.add(CREATE);
    migrations.addAll(List.of(later));
    return Strata.configure(database.dataSource())
        .sources(FakeSource.of("main", migrations))
        .load();
  }

  private static FakeMigration step(
      int version, Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
    return FakeMigration.of(version, "Run step", upgrade, downgrade);
  }

  /** A migration whose step has no downgrade, as the processor generates it. */
  private record Irreversible(FakeMigration migration) implements Migration {
    @Override
    public int version() {
      return migration.version();
    }

    @Override
    public String description() {
      return migration.description();
    }

    @Override
    public String checksum() {
      return migration.checksum();
    }

    @Override
    public void upgrade(Operations ops) {
      migration.upgrade(ops);
    }

    @Override
    public void downgrade(Operations ops) {
      migration.downgrade(ops);
    }

    @Override
    public Optional<String> irreversibleBecause() {
      return Optional.of("hand-written step com.example.Fill has no downgrade");
    }
  }
}
