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
 * H2 has no {@code SET LOCAL}, and neither a commit nor a rollback ends what a {@code SET} changes
 * of a session: what a migration's SQL sets that the session can read back holds for the rest of
 * that migration and is set back when it ends, applied or failed, so that a pooled connection goes
 * back as the migration found it; {@code SET SCHEMA_SEARCH_PATH}, which it cannot read back, is
 * refused as {@code SET SCHEMA} is.
 */
class H2SessionSettingsTest {

  private static final String SESSION =
      "SELECT CONCAT_WS('|', LOCK_TIMEOUT(), "
          + setting("QUERY_TIMEOUT")
          + ", "
          + setting("TIME ZONE")
          + ", "
          + setting("VARIABLE_BINARY")
          + ", "
          + setting("TRUNCATE_LARGE_LENGTH")
          + ", COALESCE(CAST(@batch AS VARCHAR), 'none'))";

  private TestDatabase database;
  private ReusedConnections pool;

  @BeforeEach
  void open() {
    database = TestDatabase.create(DatabaseKind.H2);
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
        Arguments.of("SET LOCK_TIMEOUT 1234"),
        Arguments.of("SET QUERY_TIMEOUT 50000"),
        Arguments.of("set time zone '+09:00'"),
        Arguments.of("SET VARIABLE_BINARY TRUE"),
        Arguments.of("SET TRUNCATE_LARGE_LENGTH TRUE"),
        Arguments.of("SET @batch = 5"),
        Arguments.of("SET @BATCH 5"),
        Arguments.of("SELECT SET(@batch, COUNT(*)) FROM customers"));
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
  void whatAFailedMigrationSetIsSetBack(String sql) throws SQLException {
    String before = session();
    FakeMigration failing =
        FakeMigration.of(
            2,
            "Fail",
            ops -> {
              ops.execute(sql);
              ops.execute("INSERT INTO no_such_table VALUES (1)");
            },
            ops -> {});

    assertThrows(StrataException.class, strata(failing)::upgrade);

    assertEquals(List.of(before), sessions(), sql);
    assertEquals(List.of("main:1"), database.history());
  }

  @Test
  void aSchemaSearchPathIsRefusedAsASchemaIs() throws SQLException {
    String path = "SET SCHEMA_SEARCH_PATH INFORMATION_SCHEMA, PUBLIC";
    JavaStep moving =
        step -> {
          try (Statement statement = step.connection().createStatement()) {
            statement.execute(path);
          }
        };

    StrataException failed = assertThrows(StrataException.class, strata(step(moving))::upgrade);

    assertTrue(failed.getMessage().contains(" ran " + path + ": "), failed.getMessage());
    assertTrue(failed.getMessage().contains("qualify the names"), failed.getMessage());
    assertEquals(List.of("main:1"), database.history());
  }

  private static String setting(String name) {
    return "(SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '"
        + name
        + "')";
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

  // read on the pool's first connection before the run, so that the run borrows it
  private String session() throws SQLException {
    try (Connection connection = pool.getConnection()) {
      return read(connection);
    }
  }

  // every connection the pool holds now, Strata's lock connection too: each as the run found it
  private List<String> sessions() throws SQLException {
    List<String> all = new ArrayList<>();
    for (Connection connection : pool.idle()) {
      all.add(read(connection));
    }
    return all.stream().distinct().toList();
  }

  private static String read(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(SESSION)) {
      result.next();
      return result.getString(1);
    }
  }
}
