package dev.strata.runtime.internal.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The names and keys of the migration lock, which every node of an application must agree on. */
class LockNamesTest {

  @Test
  void lockNamesFitMysqlsLimitAndKeysDependOnTheTable() {
    assertEquals(
        "strata:app.strata_schema_history", LockNames.namedLock("app.strata_schema_history"));
    String hashed = LockNames.namedLock("a".repeat(60) + ".strata_schema_history");
    assertTrue(hashed.startsWith("strata:") && hashed.length() <= 64, hashed);
    assertEquals(LockNames.advisoryKey("public.h"), LockNames.advisoryKey("PUBLIC.H"));
    assertNotEquals(LockNames.advisoryKey("public.h"), LockNames.advisoryKey("other.h"));
  }

  @Test
  void namesAndKeysStayAsReleasedSoThatOldAndNewRunsWaitForEachOther() {
    // a node still running an older Strata must take the same lock as one running this one;
    // the expected values come from Python's hashlib, not from this code
    assertEquals(
        "strata:ffb0b84526c6c245f6e88aa6c253eb3ad4237cabe962c765",
        LockNames.namedLock("a".repeat(60) + ".strata_schema_history"));
    assertEquals(7354993713077474488L, LockNames.advisoryKey("public.strata_schema_history"));
  }

  @Test
  void leaseTablesAreNamedAfterTheirHistoryTableInItsSchemaWithinMysqlsLimit() {
    assertEquals("strata_schema_history_lease", LockNames.leaseTable("strata_schema_history"));
    assertEquals("admin.history_lease", LockNames.leaseTable("admin.history"));
    String shortened = LockNames.leaseTable("app." + "h".repeat(64));
    assertTrue(shortened.startsWith("app.") && shortened.length() - 4 <= 64, shortened);
    assertNotEquals(shortened, LockNames.leaseTable("app." + "h".repeat(63)));
  }
}
