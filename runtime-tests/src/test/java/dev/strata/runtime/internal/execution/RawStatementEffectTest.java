package dev.strata.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which raw statements a resumed run can find done in the catalog, and how it looks. */
class RawStatementEffectTest {

  private static final Set<String> VIEWS = Set.of("report");
  private static final Set<String> TABLES = Set.of("orders");

  @Test
  void aPlainCreateOrDropOfAViewOrTableIsLookedUpByName() throws SQLException {
    assertEquals(true, effect("CREATE VIEW report AS SELECT 1"));
    assertEquals(false, effect("  create   view other AS SELECT 1"));
    assertEquals(true, effect("DROP VIEW other"));
    assertEquals(false, effect("drop view report"));
    assertEquals(true, effect("CREATE TABLE orders (id INT)"));
    assertEquals(false, effect("DROP TABLE orders"));
    assertEquals(true, effect("CREATE VIEW report(a) AS SELECT 1"));
  }

  @Test
  void anythingElseRunsAgain() {
    for (String sql :
        new String[] {
          "INSERT INTO orders VALUES (1)",
          "CREATE OR REPLACE VIEW report AS SELECT 1",
          "CREATE VIEW IF NOT EXISTS report AS SELECT 1",
          "DROP VIEW IF EXISTS report",
          "CREATE VIEW shop.report AS SELECT 1",
          "CREATE VIEW \"Report\" AS SELECT 1",
          "CREATE INDEX orders_id ON orders (id)"
        }) {
      assertSame(StatementRunner.NEVER, of(sql), sql);
    }
  }

  private static boolean effect(String sql) throws SQLException {
    return of(sql).get();
  }

  private static SqlSupplier<Boolean> of(String sql) {
    return RawStatementEffect.of(sql, VIEWS::contains, TABLES::contains);
  }
}
