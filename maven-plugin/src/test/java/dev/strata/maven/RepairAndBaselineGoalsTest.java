package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code strata:repair} and {@code strata:baseline}, which a failed run's message and a database
 * adopted from hand-written views need, as the command line's {@code repair} and {@code baseline}.
 */
class RepairAndBaselineGoalsTest {

  @Test
  void repairCompletesARunWhoseProcessDiedWithTheCodeThatStartedIt() throws Exception {
    JdbcDataSource dataSource = h2("repair_goal");
    Strata strata = Strata.configure(dataSource).sources(List.of(TestViews.source(1))).load();
    strata.upgrade();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // what a process killed before its first statement leaves on a database without
      // transactional DDL: an unfinished row, and no one holding the lock
      statement.execute("DROP VIEW v1");
      statement.execute(
          "UPDATE strata_schema_history SET success = FALSE, run_state = 'UPGRADING',"
              + " statements_done = 0 WHERE version = 1");
    }
    RepairMojo mojo = new RepairMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);

    mojo.run(strata);

    assertEquals(List.of("Repaired V0001 \"Create v1\" of set main: APPLIED"), log.infoStarts());
    mojo.run(strata);
    assertTrue(log.infoStarts().get(1).startsWith("Nothing to repair"), log.infoStarts()::toString);
  }

  @Test
  void baselineRecordsTheVersionsTheDatabaseHasWithoutRunningThem() throws Exception {
    JdbcDataSource dataSource = h2("baseline_goal");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE VIEW v1 AS SELECT 1 AS n");
    }
    Strata strata = Strata.configure(dataSource).sources(List.of(TestViews.source(2))).load();
    BaselineMojo mojo = new BaselineMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);
    baselineVersion(mojo, 1);

    mojo.run(strata);

    assertEquals(
        List.of(
            "Recorded V0001 \"Create v1\" of set main as applied, without running it",
            "Set main is at version 1; strata:upgrade applies the rest"),
        log.infoStarts());
    assertEquals(2, strata.upgrade().get(0).version());
    assertThrows(StrataException.class, () -> mojo.run(strata));
  }

  @Test
  void baselineWithoutAVersionSaysWhichPropertyToSetBeforeConnecting() {
    BaselineMojo mojo = new BaselineMojo();

    MojoFailureException refused = assertThrows(MojoFailureException.class, mojo::checkParameters);

    assertEquals(
        "Name the version whose views the database already has: -Dstrata.baselineVersion=N",
        refused.getMessage());
  }

  private static JdbcDataSource h2(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  private static void baselineVersion(BaselineMojo mojo, int version) throws Exception {
    Field field = BaselineMojo.class.getDeclaredField("baselineVersion");
    field.setAccessible(true);
    field.set(mojo, String.valueOf(version));
  }
}
