package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What each dialect writes for each operation, and its history table. */
class DialectRenderingTest {

  private final Dialect postgres = new PostgresDialect();
  private final Dialect mysql = new MySqlDialect("MariaDB");

  @Test
  void postgresqlReplacesInPlaceAndRenamesWithAlterView() {
    assertTrue(postgres.transactionalDdl());
    assertEquals(
        List.of("CREATE OR REPLACE VIEW s.v AS SELECT 1"), postgres.replaceView("s.v", "SELECT 1"));
    assertEquals("ALTER VIEW s.v RENAME TO w", postgres.renameView("s.v", "s.w"));
    assertTrue(postgres.createHistoryTable("h").contains("applied_at TIMESTAMP(3) NOT NULL"));
  }

  @Test
  void mysqlReplacesInPlaceAndRenamesWithRenameTableKeepingTheDatabase() {
    assertFalse(mysql.transactionalDdl());
    assertEquals(
        List.of("CREATE OR REPLACE VIEW v AS SELECT 1"), mysql.replaceView("v", "SELECT 1"));
    assertEquals("RENAME TABLE app.v TO app.w", mysql.renameView("app.v", "app.w"));
    assertEquals("DROP VIEW v", mysql.dropView("v"));
    String ddl = mysql.createHistoryTable("h");
    assertTrue(ddl.startsWith("CREATE TABLE IF NOT EXISTS h ("), ddl);
    assertTrue(ddl.contains("applied_at DATETIME(3) NOT NULL"), ddl);
    assertTrue(ddl.contains("success BOOLEAN NOT NULL"), ddl);
  }

  @Test
  void renameTargetsAreQualifiedLikeTheSource() {
    assertEquals("app.w", Identifiers.renamed("app.v", "w"));
    assertEquals("w", Identifiers.renamed("v", "w"));
  }

  @Test
  void lockNamesFitMysqlsLimitAndKeysDependOnTheTable() {
    assertEquals("strata:app.strata_schema_history", NamedLock.name("app.strata_schema_history"));
    String hashed = NamedLock.name("a".repeat(60) + ".strata_schema_history");
    assertTrue(hashed.startsWith("strata:") && hashed.length() <= 64, hashed);
    assertEquals(AdvisoryLock.key("public.h"), AdvisoryLock.key("PUBLIC.H"));
    assertNotEquals(AdvisoryLock.key("public.h"), AdvisoryLock.key("other.h"));
  }

  @Test
  void messagesShowTheDatabaseAddressWithoutCredentials() {
    assertEquals(
        "jdbc:postgresql://db:5432/app",
        SessionRunner.redacted("jdbc:postgresql://db:5432/app?user=x&password=secret"));
    assertEquals("jdbc:mysql://db/app", SessionRunner.redacted("jdbc:mysql://bob:secret@db/app"));
    assertEquals("jdbc:h2:mem:x", SessionRunner.redacted("jdbc:h2:mem:x;PASSWORD=secret"));
  }
}
