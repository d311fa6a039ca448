package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.processor.sql.ForeignSyntax;
import dev.strata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The assertions of the syntax oracle tests: each query {@link ForeignSyntax} names for a database
 * fails there, where its view is created or first read, and each near miss it leaves alone is
 * created and read.
 */
final class ForeignSyntaxOracle {

  private ForeignSyntaxOracle() {}

  static void assertRefusedAndNamed(TestDatabase database, String name, List<String> queries)
      throws SQLException {
    database.execute("CREATE TABLE t (id INT, n INT, kind VARCHAR(10))");
    int view = 0;
    for (String sql : queries) {
      if (ForeignSyntax.refusedBy(name, sql).isEmpty()) {
        throw new AssertionError("not named for " + name + ": " + sql);
      }
      String created = "v" + view++;
      String create = "CREATE VIEW " + created + " AS " + sql;
      // refused where the view is created, or where it is read (MariaDB's COUNT(DISTINCT) OVER)
      assertThrows(
          SQLException.class,
          () -> {
            database.execute(create);
            database.query("SELECT * FROM " + created);
          },
          create);
    }
  }

  static void assertTakenAndNotNamed(TestDatabase database, String name, List<String> queries)
      throws SQLException {
    int view = 0;
    for (String sql : queries) {
      assertEquals(Optional.empty(), ForeignSyntax.refusedBy(name, sql), sql);
      String taken = "taken" + view++;
      database.execute("CREATE VIEW " + taken + " AS " + sql);
      database.query("SELECT * FROM " + taken);
    }
  }
}
