package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Strata;
import java.lang.reflect.Field;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** What strata:upgrade logs when it applies nothing. */
class UpgradeMojoTest {

  /** It said "the database is up to date" of a set at version 2 upgraded to version 1. */
  @Test
  void anUpgradeToAVersionBelowTheAppliedOneNamesTheDowngradeThatGoesThere() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:upgrade_below;DB_CLOSE_DELAY=-1");
    Strata strata = Strata.configure(dataSource).sources(List.of(TestViews.source(2))).load();
    strata.upgrade();
    UpgradeMojo mojo = new UpgradeMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);
    Field to = UpgradeMojo.class.getDeclaredField("to");
    to.setAccessible(true);
    to.set(mojo, "1");

    mojo.run(strata);

    assertEquals(
        List.of(
            "Nothing to apply: set main is at version 2, above strata.to 1, and an upgrade never"
                + " reverts; mvn strata:downgrade -Dstrata.set=main -Dstrata.to=1 does"),
        log.infoLines());
  }

  @Test
  void anUpgradeWithNothingPendingSaysTheDatabaseIsUpToDate() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:upgrade_none;DB_CLOSE_DELAY=-1");
    Strata strata = Strata.configure(dataSource).sources(List.of(TestViews.source(1))).load();
    strata.upgrade();
    UpgradeMojo mojo = new UpgradeMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);

    mojo.run(strata);

    assertEquals(List.of("Nothing to apply: the database is up to date"), log.infoLines());
  }
}
