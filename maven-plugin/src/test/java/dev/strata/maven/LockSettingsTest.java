package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.LockTimeoutException;
import dev.strata.runtime.Strata;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code strata.lockTimeout} and {@code strata.lockLease}, as the command line's {@code
 * --lock-timeout} and {@code --lock-lease}: the goals that migrate wait as long as told for a run
 * that holds the lock, and a value that is no duration fails naming the property.
 */
class LockSettingsTest {

  @Test
  void anUpgradeWaitsForTheLockOnlyAsLongAsTheLockTimeoutSays() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:lock_settings;DB_CLOSE_DELAY=-1");
    Strata.configure(dataSource).sources(List.of(TestViews.source(1))).load().upgrade();
    UpgradeMojo mojo = new UpgradeMojo();
    set(mojo, "lockTimeout", "1s");
    Strata strata =
        mojo.settings(Strata.configure(dataSource).sources(List.of(TestViews.source(2)))).load();
    try (Connection holder = dataSource.getConnection();
        Statement statement = holder.createStatement()) {
      // what a run on another connection holds while it works: the history's marker row
      holder.setAutoCommit(false);
      statement
          .executeQuery(
              "SELECT version FROM strata_schema_history WHERE migration_set = '<strata>'"
                  + " AND version = 0 FOR UPDATE")
          .close();

      LockTimeoutException waited =
          assertThrows(LockTimeoutException.class, () -> mojo.run(strata));

      assertTrue(waited.getMessage().startsWith("Timed out after 1 s"), waited.getMessage());
      holder.rollback();
    }
  }

  @Test
  void aValueThatIsNoDurationFailsNamingThePropertyAndTheFormsItTakes() throws Exception {
    UpgradeMojo mojo = new UpgradeMojo();
    set(mojo, "lockLease", "half a minute");
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:lock_settings_bad");

    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> mojo.settings(Strata.configure(dataSource)));

    assertEquals(
        "strata.lockLease 'half a minute' is not a duration: write 30s, 5m, 1h, 500ms or ISO-8601"
            + " such as PT2M",
        refused.getMessage());
  }

  /**
   * A duration longer than the runtime can wait, which counts in nanoseconds, fails naming the
   * property and the longest wait, in the command line's words for {@code --lock-timeout}; it ended
   * the goal in an {@code ArithmeticException: long overflow}.
   */
  @Test
  void aDurationLongerThanStrataCanWaitFailsNamingTheProperty() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:lock_settings_too_long");
    UpgradeMojo hours = new UpgradeMojo();
    set(hours, "lockTimeout", "999999999h");
    UpgradeMojo iso = new UpgradeMojo();
    set(iso, "lockLease", "PT9999999999999H");

    IllegalArgumentException timeout =
        assertThrows(
            IllegalArgumentException.class, () -> hours.settings(Strata.configure(dataSource)));
    IllegalArgumentException lease =
        assertThrows(
            IllegalArgumentException.class, () -> iso.settings(Strata.configure(dataSource)));

    assertEquals(
        "strata.lockTimeout '999999999h' is longer than strata can wait, about 292 years: give a"
            + " shorter duration",
        timeout.getMessage());
    assertEquals(
        "strata.lockLease 'PT9999999999999H' is longer than strata can wait, about 292 years: give"
            + " a shorter duration",
        lease.getMessage());
  }

  /**
   * A lease too short to renew fails in the command line's words for {@code --lock-lease}, naming
   * the property, the value as given, the shortest lease and the default (it said "...: The lock
   * lease must be at least 1 s, since it is renewed every third of it: PT0.5S"); a value the
   * runtime refuses, as a history table name that is no identifier, names the property it came
   * from.
   */
  @Test
  void aValueTheRuntimeRefusesFailsNamingTheProperty() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:lock_settings_refused");
    UpgradeMojo shortLease = new UpgradeMojo();
    set(shortLease, "lockLease", "500ms");
    UpgradeMojo badTable = new UpgradeMojo();
    set(badTable, "historyTable", "schema-history");

    IllegalArgumentException lease =
        assertThrows(
            IllegalArgumentException.class,
            () -> shortLease.settings(Strata.configure(dataSource)));
    IllegalArgumentException table =
        assertThrows(
            IllegalArgumentException.class, () -> badTable.settings(Strata.configure(dataSource)));

    assertEquals(
        "strata.lockLease '500ms' is shorter than the shortest lease, 1s: the lease is renewed"
            + " every third of it. Give 1s or more (default: 30s)",
        lease.getMessage());
    assertTrue(
        table.getMessage().startsWith("strata.historyTable is schema-history: Invalid history"),
        table.getMessage());
  }

  private static void set(Object mojo, String name, Object value) throws Exception {
    Field field = DatabaseMojo.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
