package dev.strata.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which SQL MariaDB's dynamic SQL runs, where a statement gives it as a literal. */
class PreparedSqlTest {

  @Test
  void aPreparedLiteralIsReadAsTheServerReadsIt() {
    assertEquals("COMMIT", PreparedSql.of("PREPARE fill FROM 'COMMIT'", true));
    assertEquals("COMMIT", PreparedSql.of("prepare `my fill` from\"COMMIT\"", true));
    assertEquals("SELECT 'a'", PreparedSql.of("PREPARE s FROM 'SELECT ''a'''", true));
    assertEquals("SELECT 'a'", PreparedSql.of("PREPARE s FROM 'SELECT \\'a\\''", true));
    assertEquals(
        "UPDATE t SET a = ?",
        PreparedSql.of("EXECUTE IMMEDIATE 'UPDATE t SET a = ?' USING 1", true));
  }

  @Test
  void underNoBackslashEscapesABackslashIsAnOrdinaryCharacter() {
    assertEquals("SELECT '\\", PreparedSql.of("PREPARE s FROM 'SELECT ''\\'", false));
  }

  @Test
  void aTextTheServerAloneKnowsIsNotRead() {
    assertNull(PreparedSql.of("PREPARE fill FROM @sql", true));
    assertNull(PreparedSql.of("EXECUTE IMMEDIATE CONCAT('COM', 'MIT')", true));
    assertNull(PreparedSql.of("EXECUTE fill", true));
    assertNull(PreparedSql.of("SELECT 'PREPARE s FROM ''COMMIT'''", true));
  }
}
