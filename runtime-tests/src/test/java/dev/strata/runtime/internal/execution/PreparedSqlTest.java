package dev.strata.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.strata.runtime.DatabaseKind;
import org.junit.jupiter.api.Test;

/** Which SQL MariaDB's dynamic SQL runs, where a statement gives it as a literal. */
class PreparedSqlTest {

  private static final Backslashes MARIADB = Backslashes.usual(DatabaseKind.MYSQL);
  private static final Backslashes NO_ESCAPES = new Backslashes(false, false, "sql_mode");

  @Test
  void aPreparedLiteralIsReadAsTheServerReadsIt() {
    assertEquals("COMMIT", PreparedSql.of("PREPARE fill FROM 'COMMIT'", MARIADB));
    assertEquals("COMMIT", PreparedSql.of("prepare `my fill` from\"COMMIT\"", MARIADB));
    assertEquals("SELECT 'a'", PreparedSql.of("PREPARE s FROM 'SELECT ''a'''", MARIADB));
    assertEquals("SELECT 'a'", PreparedSql.of("PREPARE s FROM 'SELECT \\'a\\''", MARIADB));
    assertEquals(
        "UPDATE t SET a = ?",
        PreparedSql.of("EXECUTE IMMEDIATE 'UPDATE t SET a = ?' USING 1", MARIADB));
  }

  @Test
  void underNoBackslashEscapesABackslashIsAnOrdinaryCharacter() {
    assertEquals("SELECT '\\", PreparedSql.of("PREPARE s FROM 'SELECT ''\\'", NO_ESCAPES));
  }

  @Test
  void aTextTheServerAloneKnowsIsNotRead() {
    assertNull(PreparedSql.of("PREPARE fill FROM @sql", MARIADB));
    assertNull(PreparedSql.of("EXECUTE IMMEDIATE CONCAT('COM', 'MIT')", MARIADB));
    assertNull(PreparedSql.of("EXECUTE fill", MARIADB));
    assertNull(PreparedSql.of("SELECT 'PREPARE s FROM ''COMMIT'''", MARIADB));
  }
}
