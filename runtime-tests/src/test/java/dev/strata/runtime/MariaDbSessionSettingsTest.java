package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.ReusedConnections;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MySQL and MariaDB have no {@code SET LOCAL}, and neither a commit nor a rollback ends what a
 * {@code SET} changes of a session: what a migration's SQL sets holds for the rest of that
 * migration, and is set back when it ends, applied or failed, so that the connection goes back to
 * its pool (HikariCP's, in the Spring Boot starter) as the migration found it, and the
 * application's queries do not run under a step's {@code sql_mode}.
 */
class MariaDbSessionSettingsTest {

  // what each session variable reads as, on a connection of the pool
  private static final String SESSION =
      "SELECT CONCAT_WS('|', @@sql_mode, @@time_zone, @@character_set_client,"
          + " @@character_set_results, @@collation_connection, @@foreign_key_checks,"
          + " @@unique_checks, @@max_statement_time, COALESCE(@batch, 'none'))";

  private TestDatabase database;
  private ReusedConnections pool;

  @BeforeEach
  void open() {
    database = TestDatabase.create(DatabaseKind.MYSQL);
    pool = new ReusedConnections(database.dataSource());
  }

  @AfterEach
  void close() throws SQLException {
    if (pool != null) {
      pool.close();
    }
    if (database != null) {
      database.close();
    }
  }

  static Stream<Arguments> settings() {
    return Stream.of(
        Arguments.of("SET sql_mode = 'ANSI_QUOTES'"),
        Arguments.of("SET SESSION time_zone = '+09:00'"),
        Arguments.of("SET NAMES latin1"),
        Arguments.of("SET CHARACTER SET latin1"),
        Arguments.of("SET foreign_key_checks = 0, unique_checks = 0"),
        Arguments.of("SET @@SESSION.max_statement_time = 7, @@local.time_zone = '+01:00'"),
        Arguments.of("SET LOCAL sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES'), @batch = 5"),
        Arguments.of("SET @batch := 5"),
        Arguments.of("SELECT @batch := COUNT(*) FROM customers"),
        Arguments.of("SELECT COUNT(*) INTO @batch FROM customers"),
        // a block sets its sql_mode back itself, as a routine does, but not the rest
        Arguments.of("BEGIN NOT ATOMIC SET sql_mode = ''; SET time_zone = '+09:00'; END"),
        Arguments.of("EXECUTE IMMEDIATE 'SET time_zone = ''+09:00'''"),
        Arguments.of("SET STATEMENT max_statement_time = 5 FOR SET foreign_key_checks = 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void whatAStepSetsOfTheSessionDoesNotOutliveItsMigration(String sql) throws SQLException {
    String before = session();
    JavaStep setting =
        step -> {
          try (Statement statement = step.connection().createStatement()) {
            statement.execute(sql);
          }
        };

    strata(step(setting)).upgrade();

    assertEquals(List.of(before), sessions(), sql);
    assertEquals(List.of("main:1", "main:2"), database.history());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void whatTheStepsOperationsSetIsSetBackToo(String sql) throws SQLException {
    String before = session();

    strata(step(step -> step.operations().execute(sql))).upgrade();

    assertEquals(List.of(before), sessions(), sql);
  }

  @Test
  void whatAMigrationsOwnSqlSetsIsSetBack() throws SQLException {
    String before = session();

    strata(FakeMigration.of(2, "Zone", ops -> ops.execute("SET time_zone = '+09:00'"), ops -> {}))
        .upgrade();

    assertEquals(List.of(before), sessions());
  }

  @Test
  void aStepsRoleIsSetBack() throws SQLException {
    // roles are the server's: one of this test's own, dropped after it
    String role = "strata_step_role_" + Long.toHexString(System.nanoTime());
    database.execute("CREATE ROLE " + role, "GRANT " + role + " TO CURRENT_USER");
    try {
      String before = role();
      JavaStep taking = step -> step.operations().execute("SET ROLE " + role);

      strata(step(taking)).upgrade();

      assertEquals("NONE", before);
      assertEquals(List.of(before), roles());
    } finally {
      database.execute("DROP ROLE " + role);
    }
  }

  @Test
  void whatAStepsDowngradeSetsIsSetBack() throws SQLException {
    FakeMigration reverting =
        FakeMigration.of(
            2,
            "Revert step",
            ops -> {},
            ops ->
                ops.runStep(
                    step -> step.operations().execute("SET foreign_key_checks = 0, @batch = 5")));
    Strata strata = strata(reverting);
    strata.upgrade();
    String before = session();

    strata.downgrade("main", 1);

    assertEquals(List.of(before), sessions());
    assertEquals(List.of("main:1"), database.history());
  }

  @Test
  void whatAFailedStepSetIsSetBack() throws SQLException {
    String before = session();
    JavaStep failing =
        step -> {
          step.operations().execute("SET sql_mode = 'ANSI_QUOTES', @batch = 5");
          throw new IllegalStateException("no rows to fill");
        };

    assertThrows(StrataException.class, strata(step(failing))::upgrade);

    assertEquals(List.of(before), sessions());
    assertEquals(List.of("main:1"), database.history());
  }

  @Test
  void aStepsSqlModeHoldsForItsMigrationAndNotForTheApplicationAfterIt() throws SQLException {
    JavaStep lenient =
        step -> {
          step.operations().execute("SET sql_mode = ''");
          // not strict: the name is cut to the column's width, with a warning
          step.operations().execute("INSERT INTO customers VALUES (1, REPEAT('a', 120))");
        };

    strata(step(lenient)).upgrade();

    assertEquals(List.of("100"), database.rows("SELECT LENGTH(name) FROM customers"));
    try (Connection application = pool.getConnection();
        Statement statement = application.createStatement()) {
      SQLException refused =
          assertThrows(
              SQLException.class,
              () -> statement.execute("INSERT INTO customers VALUES (2, REPEAT('b', 120))"));
      assertTrue(refused.getMessage().contains("too long"), refused.getMessage());
    }
  }

  @Test
  void theApplicationsNextQueryOnAHikariPoolOfOneRunsAsBeforeTheRun() throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setDataSource(database.dataSource());
    config.setMaximumPoolSize(1);
    try (HikariDataSource hikari = new HikariDataSource(config)) {
      String before = read(hikari);
      JavaStep lenient =
          step -> step.operations().execute("SET sql_mode = '', time_zone = '+09:00', @batch = 5");
      FakeMigration create =
          FakeMigration.of(
              1,
              "Create customers",
              ops -> ops.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100))"),
              ops -> ops.execute("DROP TABLE customers"));

      Strata.configure(hikari)
          .sources(FakeSource.of("main", List.of(create, step(lenient))))
          .load()
          .upgrade();

      assertEquals(before, read(hikari));
    }
  }

  @Test
  void aLaterMigrationFindsTheSessionAsTheRunFoundIt() throws SQLException {
    String before = session();
    List<String> seen = new ArrayList<>();
    FakeMigration setting =
        FakeMigration.of(2, "Set", ops -> ops.execute("SET sql_mode = 'ANSI_QUOTES'"), ops -> {});
    JavaStep reading =
        step -> {
          try (Statement statement = step.connection().createStatement();
              ResultSet result = statement.executeQuery("SELECT @@sql_mode")) {
            result.next();
            seen.add(result.getString(1));
          }
        };
    FakeMigration later = FakeMigration.of(3, "Read", ops -> ops.runStep(reading), ops -> {});

    strata(setting, later).upgrade();

    assertFalse(seen.get(0).contains("ANSI_QUOTES"), seen::toString);
    assertEquals(List.of(before), sessions());
  }

  private static FakeMigration step(JavaStep step) {
    return FakeMigration.of(2, "Run step", ops -> ops.runStep(step), ops -> {});
  }

  private Strata strata(FakeMigration... migrations) {
    List<FakeMigration> all = new ArrayList<>();
    all.add(
        FakeMigration.of(
            1,
            "Create customers",
            ops -> ops.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100))"),
            ops -> ops.execute("DROP TABLE customers")));
    all.addAll(List.of(migrations));
    return Strata.configure(pool).sources(FakeSource.of("main", all)).load();
  }

  // the pool's one connection, opened before the run, so that the run borrows it
  private String session() throws SQLException {
    try (Connection connection = pool.getConnection()) {
      return read(connection);
    }
  }

  private List<String> sessions() throws SQLException {
    List<String> all = new ArrayList<>();
    for (Connection connection : pool.idle()) {
      all.add(read(connection));
    }
    return all;
  }

  private String role() throws SQLException {
    try (Connection connection = pool.getConnection()) {
      return currentRole(connection);
    }
  }

  private List<String> roles() throws SQLException {
    List<String> all = new ArrayList<>();
    for (Connection connection : pool.idle()) {
      all.add(currentRole(connection));
    }
    return all;
  }

  private static String currentRole(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT COALESCE(CURRENT_ROLE(), 'NONE')")) {
      result.next();
      return result.getString(1);
    }
  }

  private static String read(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return read(connection);
    }
  }

  private static String read(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(SESSION)) {
      result.next();
      return result.getString(1);
    }
  }
}
