package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Strata refuses of a hand-written step's {@code Connection} calls it refuses in SQL too: a
 * statement that ends the migration's transaction ({@code COMMIT}, {@code ROLLBACK}) or moves the
 * session to another schema ({@code SET search_path}, {@code USE}) fails the migration naming the
 * step, before the database runs it; a {@code ROLLBACK TO SAVEPOINT} stays allowed.
 */
class StepTransactionSqlTest {

  static Stream<Arguments> refusedOnEachDatabase() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(Arguments.of(DatabaseKind.H2, "COMMIT", "ends the migration's transaction"));
    cases.add(Arguments.of(DatabaseKind.H2, "rollback", "ends the migration's transaction"));
    cases.add(Arguments.of(DatabaseKind.H2, "SET AUTOCOMMIT TRUE", "ends the migration's"));
    cases.add(Arguments.of(DatabaseKind.H2, "SET SCHEMA INFORMATION_SCHEMA", "schema"));
    cases.add(Arguments.of(DatabaseKind.POSTGRESQL, "COMMIT", "ends the migration's"));
    cases.add(Arguments.of(DatabaseKind.POSTGRESQL, "/* done */ END", "ends the migration's"));
    cases.add(Arguments.of(DatabaseKind.POSTGRESQL, "ROLLBACK WORK", "ends the migration's"));
    cases.add(
        Arguments.of(
            DatabaseKind.POSTGRESQL, "PREPARE TRANSACTION 'fill'", "ends the migration's"));
    cases.add(Arguments.of(DatabaseKind.POSTGRESQL, "SET search_path TO public", "schema"));
    cases.add(Arguments.of(DatabaseKind.MYSQL, "-- done\nCOMMIT", "ends the migration's"));
    cases.add(Arguments.of(DatabaseKind.MYSQL, "START TRANSACTION", "ends the migration's"));
    cases.add(Arguments.of(DatabaseKind.MYSQL, "SET autocommit = 1", "ends the migration's"));
    cases.add(Arguments.of(DatabaseKind.MYSQL, "USE information_schema", "schema"));
    cases.add(Arguments.of(DatabaseKind.MYSQL, "SELECT RELEASE_ALL_LOCKS()", "migration lock"));
    cases.add(Arguments.of(DatabaseKind.MYSQL, "DO release_all_locks ()", "migration lock"));
    cases.add(
        Arguments.of(
            DatabaseKind.POSTGRESQL,
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
            "transactions that follow"));
    cases.add(
        Arguments.of(
            DatabaseKind.POSTGRESQL, "SET default_transaction_read_only = on", "that follow"));
    cases.add(Arguments.of(DatabaseKind.MYSQL, "SET SESSION TRANSACTION READ ONLY", "that follow"));
    cases.add(
        Arguments.of(
            DatabaseKind.MYSQL, "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "that follow"));
    cases.add(
        Arguments.of(
            DatabaseKind.H2,
            "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE",
            "that follow"));
    cases.add(
        Arguments.of(
            DatabaseKind.MYSQL,
            "BEGIN NOT ATOMIC INSERT INTO customers VALUES (2, 'bob'); COMMIT; END",
            "in a block"));
    // MariaDB commits before LOCK TABLES locks, and runs a literal's SQL through dynamic SQL
    cases.add(Arguments.of(DatabaseKind.MYSQL, "LOCK TABLES customers WRITE", "commits"));
    cases.add(Arguments.of(DatabaseKind.MYSQL, "lock table customers read", "commits"));
    cases.add(Arguments.of(DatabaseKind.MYSQL, "PREPARE fill FROM 'COMMIT'", "ends"));
    cases.add(Arguments.of(DatabaseKind.MYSQL, "EXECUTE IMMEDIATE \"COMMIT\"", "ends"));
    cases.add(
        Arguments.of(
            DatabaseKind.MYSQL, "EXECUTE IMMEDIATE 'LOCK TABLES customers WRITE'", "commits"));
    cases.add(
        Arguments.of(
            DatabaseKind.MYSQL,
            "BEGIN NOT ATOMIC PREPARE fill FROM 'COMMIT'; EXECUTE fill; END",
            "ends"));
    // a statement after the first one of a text is read too
    cases.add(
        Arguments.of(DatabaseKind.H2, "INSERT INTO customers VALUES (2, 'bob'); COMMIT", "ends"));
    cases.add(
        Arguments.of(
            DatabaseKind.POSTGRESQL, "INSERT INTO customers VALUES (2, 'bob'); COMMIT", "ends"));
    cases.add(
        Arguments.of(
            DatabaseKind.POSTGRESQL, "SELECT ';'; /* ; */ SET search_path TO public", "schema"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refusedOnEachDatabase")
  void aStepsStatementThatEndsTheTransactionOrMovesTheSchemaIsRefused(
      DatabaseKind kind, String sql, String why) {
    try (TestDatabase database = TestDatabase.create(kind)) {
      JavaStep ending =
          step -> {
            try (Statement statement = step.connection().createStatement()) {
              statement.executeUpdate("INSERT INTO customers VALUES (1, 'ada')");
              statement.execute(sql);
            }
          };

      StrataException failed =
          assertThrows(StrataException.class, strata(database, ending)::upgrade);

      assertTrue(failed.getMessage().contains(" ran "), failed.getMessage());
      assertTrue(failed.getMessage().contains(sql.strip() + ": "), failed.getMessage());
      assertTrue(failed.getMessage().contains(why), failed.getMessage());
      assertEquals(List.of("main:1"), database.history());
      if (kind == DatabaseKind.POSTGRESQL) {
        // the rollback took the step's row with the rest of the migration
        assertEquals(List.of("0"), database.rows("SELECT COUNT(*) FROM customers"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aStepsCommitThroughItsOperationsIsRefusedToo(DatabaseKind kind) {
    try (TestDatabase database = TestDatabase.create(kind)) {
      JavaStep ending =
          step -> {
            step.operations().execute("INSERT INTO customers VALUES (1, 'ada')");
            step.operations().execute("COMMIT");
          };

      StrataException failed =
          assertThrows(StrataException.class, strata(database, ending)::upgrade);

      assertTrue(failed.getMessage().contains(" ran COMMIT: "), failed.getMessage());
      assertEquals(List.of("main:1"), database.history());
      if (kind == DatabaseKind.POSTGRESQL) {
        assertEquals(List.of("0"), database.rows("SELECT COUNT(*) FROM customers"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aStepMayRollBackToItsOwnSavepointInSql(DatabaseKind kind) {
    try (TestDatabase database = TestDatabase.create(kind)) {
      JavaStep undoingPart =
          step -> {
            try (Statement statement = step.connection().createStatement()) {
              statement.execute("SAVEPOINT before_bob");
              statement.executeUpdate("INSERT INTO customers VALUES (2, 'bob')");
              statement.execute("ROLLBACK TO SAVEPOINT before_bob");
              statement.executeUpdate("INSERT INTO customers VALUES (1, 'ada')");
            }
          };

      strata(database, undoingPart).upgrade();

      assertEquals(List.of("1|ada"), database.rows("SELECT id, name FROM customers"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aMigrationsOwnCommitIsRefusedToo(DatabaseKind kind) {
    try (TestDatabase database = TestDatabase.create(kind)) {
      FakeMigration create =
          FakeMigration.of(
              1,
              "Create customers",
              ops -> ops.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100))"),
              ops -> ops.execute("DROP TABLE customers"));
      FakeMigration committing =
          FakeMigration.of(
              2,
              "Fill customers",
              ops -> {
                ops.execute("INSERT INTO customers VALUES (1, 'ada')");
                ops.execute("COMMIT");
              },
              ops -> {});
      Strata strata =
          Strata.configure(database.dataSource())
              .sources(FakeSource.of("main", List.of(create, committing)))
              .load();

      StrataException failed = assertThrows(StrataException.class, strata::upgrade);

      assertTrue(failed.getMessage().contains("The migration ran COMMIT: "), failed.getMessage());
      assertTrue(failed.getMessage().contains("move the rest"), failed.getMessage());
      assertEquals(List.of("main:1"), database.history());
      if (kind == DatabaseKind.POSTGRESQL) {
        assertEquals(List.of("0"), database.rows("SELECT COUNT(*) FROM customers"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databasesWithRoutines")
  void aRoutineWhoseBodyHoldsSemicolonsIsAllowed(DatabaseKind kind) {
    String create =
        kind == DatabaseKind.MYSQL
            ? "CREATE PROCEDURE fill_customers() BEGIN INSERT INTO customers VALUES (1, 'ada');"
                + " INSERT INTO customers VALUES (2, 'b;ob'); END"
            : "CREATE FUNCTION fill_customers() RETURNS void AS $body$ BEGIN"
                + " INSERT INTO customers VALUES (1, 'ada'); INSERT INTO customers VALUES (2, 'b;ob');"
                + " END $body$ LANGUAGE plpgsql";
    String call = kind == DatabaseKind.MYSQL ? "CALL fill_customers()" : "SELECT fill_customers()";
    try (TestDatabase database = TestDatabase.create(kind)) {
      JavaStep filling =
          step -> {
            try (Statement statement = step.connection().createStatement()) {
              statement.execute(create);
              statement.execute(call);
            }
            step.operations().execute(create.replace("fill_customers", "fill_again"));
          };

      strata(database, filling).upgrade();

      assertEquals(List.of("2"), database.rows("SELECT COUNT(*) FROM customers"));
    }
  }

  @Test
  void aStepMayLockATableInItsTransactionOnPostgres() {
    try (TestDatabase database = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      JavaStep locking =
          step -> {
            try (Statement statement = step.connection().createStatement()) {
              statement.execute("LOCK TABLE customers IN EXCLUSIVE MODE");
              statement.executeUpdate("INSERT INTO customers VALUES (1, 'ada')");
            }
          };

      strata(database, locking).upgrade();

      assertEquals(List.of("1"), database.rows("SELECT COUNT(*) FROM customers"));
    }
  }

  @Test
  void aProcedureThatCommitsIsRefusedByPostgresItself() {
    try (TestDatabase database = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      JavaStep calling =
          step -> {
            try (Statement statement = step.connection().createStatement()) {
              statement.execute(
                  "CREATE PROCEDURE fill() LANGUAGE plpgsql AS $$ BEGIN"
                      + " INSERT INTO customers VALUES (1, 'ada'); COMMIT; END $$");
              statement.execute("CALL fill()");
            }
          };

      StrataException failed =
          assertThrows(StrataException.class, strata(database, calling)::upgrade);

      assertTrue(failed.getMessage().contains("hand-written step "), failed.getMessage());
      assertTrue(
          failed.getMessage().contains("invalid transaction termination"), failed.getMessage());
      assertEquals(List.of("main:1"), database.history());
      assertEquals(List.of("0"), database.rows("SELECT COUNT(*) FROM customers"));
    }
  }

  static Stream<Arguments> backslashesAsTheSessionReadsThem() {
    // each hides a COMMIT in a string unless a backslash is read as the session reads it
    return Stream.of(
        Arguments.of(
            DatabaseKind.MYSQL,
            "SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')",
            "BEGIN NOT ATOMIC INSERT INTO customers VALUES (2, 'b\\'); COMMIT;"
                + " INSERT INTO customers VALUES (3, 'c'); END",
            "NO_BACKSLASH_ESCAPES"),
        Arguments.of(
            DatabaseKind.MYSQL,
            "SET @unchanged = 1",
            "BEGIN NOT ATOMIC INSERT INTO customers VALUES (2, \"b\\\"\"); COMMIT;"
                + " INSERT INTO customers VALUES (3, \"c\"); END",
            "in a block"),
        Arguments.of(
            DatabaseKind.POSTGRESQL,
            "SET LOCAL standard_conforming_strings = off",
            "INSERT INTO customers VALUES (2, 'b\\''); COMMIT; --')",
            "standard_conforming_strings"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("backslashesAsTheSessionReadsThem")
  void aCommitHiddenByABackslashIsRefused(
      DatabaseKind kind, String setting, String sql, String why) {
    try (TestDatabase database = TestDatabase.create(kind)) {
      JavaStep hiding =
          step -> {
            try (Statement statement = step.connection().createStatement()) {
              statement.execute(setting);
              statement.execute(sql);
            }
          };

      StrataException failed =
          assertThrows(StrataException.class, strata(database, hiding)::upgrade);

      assertTrue(failed.getMessage().contains("ends the migration's"), failed.getMessage());
      assertTrue(failed.getMessage().contains(why), failed.getMessage());
      assertEquals(List.of("main:1"), database.history());
      assertEquals(List.of("0"), database.rows("SELECT COUNT(*) FROM customers"));
    }
  }

  @Test
  void aColumnNamedEndClosesNoBlockOnMariaDb() {
    try (TestDatabase database = TestDatabase.create(DatabaseKind.MYSQL)) {
      JavaStep labelling =
          step -> {
            step.operations().execute("CREATE TABLE spans (id INT, end INT, label VARCHAR(10))");
            step.operations().execute("INSERT INTO spans VALUES (1, 5, NULL), (2, NULL, NULL)");
            step.operations()
                .execute(
                    "BEGIN NOT ATOMIC"
                        + " UPDATE spans SET label = CASE WHEN end > 1 THEN 'long' END;"
                        + " UPDATE spans SET end = 0, label = 'open' WHERE spans.end IS NULL;"
                        + " END");
          };

      strata(database, labelling).upgrade();

      assertEquals(
          List.of("1|5|long", "2|0|open"),
          database.rows("SELECT id, end, label FROM spans ORDER BY id"));
    }
  }

  static Stream<DatabaseKind> databasesWithRoutines() {
    return Stream.of(DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL);
  }

  @Test
  void anOracleModeBlockOnMariaDbIsNoTransactionStart() {
    try (TestDatabase database = TestDatabase.create(DatabaseKind.MYSQL)) {
      JavaStep block =
          step -> {
            try (Statement statement = step.connection().createStatement()) {
              statement.execute("SET @mode = @@SESSION.sql_mode");
              statement.execute("SET SESSION sql_mode = 'ORACLE'");
              statement.execute(
                  "BEGIN INSERT INTO customers VALUES (1, 'ada');"
                      + " INSERT INTO customers VALUES (2, 'bob'); END");
              statement.execute("SET SESSION sql_mode = @mode");
            }
          };

      strata(database, block).upgrade();

      assertEquals(List.of("2"), database.rows("SELECT COUNT(*) FROM customers"));
    }
  }

  static Stream<DatabaseKind> databases() {
    return Stream.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL);
  }

  private static Strata strata(TestDatabase database, JavaStep step) {
    FakeMigration create =
        FakeMigration.of(
            1,
            "Create customers",
            ops -> ops.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100))"),
            ops -> ops.execute("DROP TABLE customers"));
    FakeMigration run = FakeMigration.of(2, "Run step", ops -> ops.runStep(step), ops -> {});
    return Strata.configure(database.dataSource())
        .sources(FakeSource.of("main", List.of(create, run)))
        .load();
  }
}
