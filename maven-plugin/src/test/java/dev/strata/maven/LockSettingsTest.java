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

  private static void set(Object mojo, String name, Object value) throws Exception {
    Field field = DatabaseMojo.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
