package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.UserViews;
import dev.strata.testing.DataSources;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Configuration that cannot work fails at once, with a message naming the cause. */
class BadConfigurationTest {

  @Test
  void anUnreachableDatabaseIsNamedAsSuch() {
    // nothing listens on port 1
    DataSource nowhere = DataSources.of("jdbc:postgresql://127.0.0.1:1/test", "u", "p");
    Strata strata = Strata.configure(nowhere).sources(UserViews.source()).load();

    String message = assertThrows(StrataException.class, strata::upgrade).getMessage();

    assertTrue(message.startsWith("Strata could not connect to the database: "), message);
    assertTrue(message.contains("Check the JDBC URL"), message);
  }

  @Test
  void aStrataWithoutDataSourceOnlyRenders() {
    Strata offline = Strata.configure().sources(UserViews.source()).load();

    IllegalStateException e = assertThrows(IllegalStateException.class, offline::upgrade);

    assertTrue(e.getMessage().contains("only renders SQL"), e::getMessage);
    assertTrue(offline.renderSql(DatabaseKind.H2).contains("CREATE VIEW active_users"));
  }
}
