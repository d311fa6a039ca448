package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Strata;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code strata:status -Dstrata.set=NAME} shows that set alone, as the goals that migrate work on
 * it alone, and refuses a set the project does not load; it showed every set, whatever was named.
 */
class StatusMojoTest {

  private final Strata strata = twoSets();

  @Test
  void aNamedSetIsShownAlone() throws Exception {
    StatusMojo mojo = new StatusMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);
    set(mojo, "orders");

    mojo.run(strata);

    List<String> lines = log.infoLines();
    assertEquals(3, lines.size(), lines::toString);
    assertTrue(
        lines.get(1).startsWith("orders  1") && lines.get(1).contains("APPLIED"), lines::toString);
    assertTrue(
        lines.get(2).startsWith("orders  2") && lines.get(2).contains("PENDING"), lines::toString);
  }

  @Test
  void aSetTheProjectDoesNotLoadIsRefused() throws Exception {
    StatusMojo mojo = new StatusMojo();
    mojo.setLog(new RecordedLog());
    set(mojo, "order");

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> mojo.run(strata));

    assertEquals(
        "No migration set order is loaded; the loaded sets are [main, orders]",
        refused.getMessage());
  }

  /** It listed the MISSING row among the info lines alone, with no word that upgrade fails. */
  @Test
  void aMigrationMissingFromTheCodeIsWarnedOf() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:status_missing;DB_CLOSE_DELAY=-1");
    Strata.configure(dataSource).sources(List.of(TestViews.source(2))).load().upgrade();
    Strata older = Strata.configure(dataSource).sources(List.of(TestViews.source(1))).load();
    StatusMojo mojo = new StatusMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);

    mojo.run(older);

    assertTrue(log.infoLines().get(2).contains("MISSING"), log.infoLines()::toString);
    assertEquals(
        List.of(
            "1 migration is MISSING: applied in the database, absent from this build."
                + " mvn strata:upgrade and mvn strata:validate refuse it: deploy the code that"
                + " applied it, or revert it with mvn strata:downgrade"),
        log.warnLines());
  }

  /**
   * It passed whatever the states, where {@code strata status} exits with 1 on a FAILED or CHANGED
   * migration, which stops every upgrade.
   */
  @Test
  void aFailedOrChangedMigrationFailsTheGoalAfterTheTableAsTheCommandLineExitsWithOne()
      throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:status_attention;DB_CLOSE_DELAY=-1");
    Strata strata = Strata.configure(dataSource).sources(List.of(TestViews.source(2))).load();
    strata.upgrade();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("UPDATE strata_schema_history SET checksum = 'edited' WHERE version = 1");
      // a run killed before its first statement, on a database without transactional DDL
      statement.execute("DROP VIEW v2");
      statement.execute(
          "UPDATE strata_schema_history SET success = FALSE, run_state = 'UPGRADING',"
              + " statements_done = 0 WHERE version = 2");
    }
    StatusMojo mojo = new StatusMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);

    MojoFailureException failed = assertThrows(MojoFailureException.class, () -> mojo.run(strata));

    assertEquals(3, log.infoLines().size(), log.infoLines()::toString);
    assertTrue(log.infoLines().get(1).contains("CHANGED"), log.infoLines()::toString);
    assertTrue(log.infoLines().get(2).contains("FAILED"), log.infoLines()::toString);
    assertEquals(
        "2 migrations stop strata:upgrade until someone acts:\n"
            + "  V0001 \"Create v1\" of set main is CHANGED: edited after it was applied;"
            + " mvn strata:validate shows the difference\n"
            + "  V0002 \"Create v2\" of set main is FAILED: its run did not finish; mvn"
            + " strata:repair completes or clears it",
        failed.getMessage());
  }

  @Test
  void aPendingMigrationPasses() throws Exception {
    StatusMojo mojo = new StatusMojo();
    mojo.setLog(new RecordedLog());

    mojo.run(strata);
  }

  private static Strata twoSets() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:status_sets;DB_CLOSE_DELAY=-1");
    Strata.configure(dataSource)
        .sources(List.of(TestViews.source(1), TestViews.source("orders", "order_v", 1)))
        .load()
        .upgrade();
    return Strata.configure(dataSource)
        .sources(List.of(TestViews.source(1), TestViews.source("orders", "order_v", 2)))
        .load();
  }

  private static void set(StatusMojo mojo, String name) throws Exception {
    Field field = DatabaseMojo.class.getDeclaredField("set");
    field.setAccessible(true);
    field.set(mojo, name);
  }
}
