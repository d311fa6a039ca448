package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On PostgreSQL a {@code SET} without {@code LOCAL} in a migration's transaction outlives it when
 * it commits, and stays on the connection for the pool's next user: a step's SQL may not run one,
 * and the refusal says to write {@code SET LOCAL}, which holds for the migration and ends with it.
 */
class PostgresSessionSettingsTest {

  private static final String SESSION =
      "SELECT concat_ws('|', current_setting('statement_timeout'), current_setting('lock_timeout'),"
          + " current_setting('session_replication_role'), current_user, session_user,"
          + " current_setting('TimeZone'), current_setting('DateStyle'),"
          + " current_setting('work_mem'))";

  private TestDatabase database;
  private ReusedConnections pool;

  @BeforeEach
  void open() {
    database = TestDatabase.create(DatabaseKind.POSTGRESQL);
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

  static Stream<Arguments> sessionSettings() {
    return Stream.of(
        Arguments.of("SET statement_timeout = '7s'", "SET LOCAL statement_timeout = '7s'"),
        Arguments.of("SET SESSION lock_timeout TO '3s'", "SET LOCAL lock_timeout TO '3s'"),
        Arguments.of(
            "set session_replication_role = replica",
            "SET LOCAL session_replication_role = replica"),
        Arguments.of("SET ROLE pg_read_all_data", "SET LOCAL ROLE pg_read_all_data"),
        Arguments.of(
            "SET SESSION AUTHORIZATION pg_read_all_data",
            "SET LOCAL SESSION AUTHORIZATION pg_read_all_data"),
        Arguments.of("SET TIME ZONE 'Asia/Tokyo'", "SET LOCAL TIME ZONE 'Asia/Tokyo'"),
        Arguments.of("SET DateStyle = 'ISO, DMY'", "SET LOCAL DateStyle = 'ISO, DMY'"),
        Arguments.of("SET work_mem = '7MB'", "SET LOCAL work_mem = '7MB'"),
        Arguments.of("RESET work_mem", "SET LOCAL work_mem TO DEFAULT"),
        Arguments.of("RESET ROLE", "SET LOCAL ROLE NONE"),
        Arguments.of(
            "SELECT set_config('lock_timeout', '9s', false)", "set_config(name, value, true)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessionSettings")
  void aStepsSettingForTheSessionIsRefusedSayingToWriteSetLocal(String sql, String instead)
      throws SQLException {
    String before = session();
    JavaStep setting =
        step -> {
          try (Statement statement = step.connection().createStatement()) {
            statement.executeUpdate("INSERT INTO customers VALUES (1, 'ada')");
            statement.execute(sql);
          }
        };

    StrataException failed = assertThrows(StrataException.class, strata(step(setting))::upgrade);

    assertTrue(failed.getMessage().contains(" ran " + sql + ": "), failed.getMessage());
    assertTrue(failed.getMessage().contains("Write " + instead), failed.getMessage());
    assertEquals(List.of("main:1"), database.history());
    assertEquals(List.of("0"), database.rows("SELECT COUNT(*) FROM customers"));
    assertEquals(List.of(before), sessions());
  }

  @Test
  void aMigrationsOwnSettingForTheSessionIsRefusedToo() throws SQLException {
    String before = session();
    FakeMigration setting =
        FakeMigration.of(2, "Timeout", ops -> ops.execute("SET statement_timeout = 0"), ops -> {});

    StrataException failed = assertThrows(StrataException.class, strata(setting)::upgrade);

    assertTrue(failed.getMessage().contains("The migration ran SET statement_timeout = 0: "));
    assertTrue(failed.getMessage().contains("Write SET LOCAL statement_timeout = 0"));
    assertEquals(List.of(before), sessions());
  }

  @Test
  void aSettingForTheTransactionHoldsForTheStepAndEndsWithItsMigration() throws SQLException {
    String before = session();
    List<String> seen = new ArrayList<>();
    JavaStep setting =
        step -> {
          step.operations().execute("SET LOCAL statement_timeout = '7s'");
          try (Statement statement = step.connection().createStatement()) {
            statement.execute("SET LOCAL ROLE pg_read_all_data");
            statement.execute("SELECT set_config('lock_timeout', '9s', true)");
            statement.execute("SET CONSTRAINTS ALL DEFERRED");
            try (ResultSet result = statement.executeQuery(SESSION)) {
              result.next();
              seen.add(result.getString(1));
            }
            statement.execute("SET LOCAL ROLE NONE");
          }
          step.operations().execute("INSERT INTO customers VALUES (1, 'ada')");
        };

    strata(step(setting)).upgrade();

    assertTrue(seen.get(0).startsWith("7s|9s|origin|pg_read_all_data|"), seen::toString);
    assertEquals(List.of(before), sessions());
    assertEquals(List.of("1"), database.rows("SELECT COUNT(*) FROM customers"));
  }

  private static FakeMigration step(JavaStep step) {
    return FakeMigration.of(2, "Run step", ops -> ops.runStep(step), ops -> {});
  }

  private Strata strata(FakeMigration migration) {
    FakeMigration create =
        FakeMigration.of(
            1,
            "Create customers",
            ops -> ops.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100))"),
            ops -> ops.execute("DROP TABLE customers"));
    return Strata.configure(pool).sources(FakeSource.of("main", List.of(create, migration))).load();
  }

  // read on the pool's one connection before the run, so that the run borrows it
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

  private static String read(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(SESSION)) {
      result.next();
      return result.getString(1);
    }
  }
}
