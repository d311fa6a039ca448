package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.runtime.LockTimeoutException;
import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code strata:upgrade} and {@code strata:downgrade} that fail half-way report the migrations they
 * applied or reverted before the failure, which stay done, as {@code strata upgrade} does: the
 * runtime's own lines of them are Maven's debug output only.
 */
class HalfWayFailureTest {

  @Test
  void anUpgradeThatFailsHalfWayReportsWhatItAppliedBefore() throws Exception {
    Strata strata = strata("jdbc:h2:mem:half_way_upgrade;DB_CLOSE_DELAY=-1", false);
    UpgradeMojo mojo = new UpgradeMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);

    assertThrows(StrataException.class, () -> mojo.run(strata));

    assertEquals(
        List.of("Applied V0001 \"Create expensive_items\" of set main in "), log.infoStarts());
  }

  @Test
  void aDowngradeThatFailsHalfWayReportsWhatItRevertedBefore() throws Exception {
    Strata strata = strata("jdbc:h2:mem:half_way_downgrade;DB_CLOSE_DELAY=-1", true);
    strata.upgrade();
    DowngradeMojo mojo = downgradeToZero();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);

    assertThrows(StrataException.class, () -> mojo.run(strata));

    assertEquals(List.of("Reverted V0002 \"Create expensive_ids\" of set main"), log.infoStarts());
  }

  @Test
  void aDowngradeWithoutAllowDataLossWaitsForARunInProgressInsteadOfFailingOnItsRow()
      throws Exception {
    String url = "jdbc:h2:mem:half_way_waits;DB_CLOSE_DELAY=-1";
    strata(url, true).upgrade();
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    try (Connection holder = dataSource.getConnection();
        Statement statement = holder.createStatement()) {
      // what a run on another connection leaves while it works: an unfinished row, the lock held
      statement.execute(
          "UPDATE strata_schema_history SET success = FALSE, run_state = 'UPGRADING',"
              + " statements_done = 0 WHERE version = 2");
      holder.setAutoCommit(false);
      statement
          .executeQuery(
              "SELECT version FROM strata_schema_history WHERE migration_set = '<strata>'"
                  + " AND version = 0 FOR UPDATE")
          .close();
      Strata waiting =
          Strata.configure(dataSource)
              .sources(List.of(items(true)))
              .lockTimeout(Duration.ofSeconds(1))
              .load();
      DowngradeMojo mojo = downgradeToZero();
      mojo.setLog(new RecordedLog());

      assertThrows(LockTimeoutException.class, () -> mojo.run(waiting));
      holder.rollback();
    }
  }

  /** {@code strata:downgrade -Dstrata.to=0}, its parameter set as Maven sets it. */
  private static DowngradeMojo downgradeToZero() throws Exception {
    DowngradeMojo mojo = new DowngradeMojo();
    Field to = DowngradeMojo.class.getDeclaredField("to");
    to.setAccessible(true);
    to.set(mojo, "0");
    return mojo;
  }

  /**
   * Two views, one reading the other: version 2's upgrade fails, or, with {@code failingDowngrade},
   * version 1's downgrade does.
   */
  private static Strata strata(String url, boolean failingDowngrade) throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE items (id INT PRIMARY KEY, price INT)");
    }
    return Strata.configure(dataSource).sources(List.of(items(failingDowngrade))).load();
  }

  private static MigrationSource items(boolean failingDowngrade) {
    return new MigrationSource() {
      @Override
      public String set() {
        return "main";
      }

      @Override
      public List<MigrationDescriptor> migrations() {
        return List.of(
            new MigrationDescriptor(1, "Create expensive_items", "c1"),
            new MigrationDescriptor(2, "Create expensive_ids", "c2"));
      }

      @Override
      public Migration load(int version) {
        return version == 1
            ? new View(
                1,
                "expensive_items",
                "SELECT id, price FROM items WHERE price > 10",
                failingDowngrade)
            : new View(
                2,
                "expensive_ids",
                failingDowngrade
                    ? "SELECT id FROM expensive_items"
                    : "SELECT no_such_column FROM expensive_items",
                false);
      }
    };
  }

  private record View(int version, String name, String sql, boolean failingDowngrade)
      implements Migration {

    @Override
    public String description() {
      return "Create " + name;
    }

    @Override
    public String checksum() {
      return "c" + version;
    }

    @Override
    public void upgrade(Operations ops) {
      ops.createView(name, sql);
    }

    @Override
    public void downgrade(Operations ops) {
      if (failingDowngrade) {
        ops.createView("broken", "SELECT no_such_column FROM items");
      }
      ops.dropView(name);
    }
  }
}
