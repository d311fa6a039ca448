package dev.strata.runtime.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.internal.Identifiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each dialect writes for each view operation. */
class DialectRenderingTest {

  private final Dialect postgres = new PostgresDialect();
  private final Dialect mysql = new MySqlDialect("MariaDB");

  @Test
  void postgresqlReplacesInPlaceAndRenamesWithAlterView() {
    assertTrue(postgres.transactionalDdl());
    assertEquals(
        List.of("CREATE OR REPLACE VIEW s.v AS SELECT 1"), postgres.replaceView("s.v", "SELECT 1"));
    assertEquals("ALTER VIEW s.v RENAME TO w", postgres.renameView("s.v", "s.w"));
  }

  @Test
  void mysqlReplacesInPlaceAndRenamesWithRenameTableKeepingTheDatabase() {
    assertFalse(mysql.transactionalDdl());
    assertEquals(
        List.of("CREATE OR REPLACE VIEW v AS SELECT 1"), mysql.replaceView("v", "SELECT 1"));
    assertEquals("RENAME TABLE app.v TO app.w", mysql.renameView("app.v", "app.w"));
    assertEquals("DROP VIEW v", mysql.dropView("v"));
  }

  @Test
  void mysqlSwapsOneViewWithItsStandInPerStatement() {
    assertEquals(
        "RENAME TABLE app.v TO app.v_old, app.v_new TO app.v",
        mysql.swapView(new ViewSwap("app.v", "app.v_new", "app.v_old")));
  }

  @Test
  void renameTargetsAreQualifiedLikeTheSource() {
    assertEquals("app.w", Identifiers.renamed("app.v", "w"));
    assertEquals("w", Identifiers.renamed("v", "w"));
  }
}
