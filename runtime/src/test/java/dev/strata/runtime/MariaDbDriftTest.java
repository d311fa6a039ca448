package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.ItemReleases;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drift detection on MariaDb. */
class MariaDbDriftTest extends DriftScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  /**
   * A session in MariaDB's Oracle compatibility mode (a {@code sql_mode} a DBA may set for the
   * server) counts {@code LENGTH} in characters, not bytes: the length of each view record was half
   * of it, and every later read of the history failed ("No length before character ...").
   */
  @Test
  void aSessionInOracleModeRecordsTheViewsAsTheyAreAndDowngrades() {
    Strata release5 = strataInSqlMode("ORACLE", ItemReleases.release5());

    release5.upgrade();

    assertEquals(List.of(), release5.validate().drift());
    release5.downgrade(1);
    assertEquals(List.of(), release5.validate().drift());
    assertTrue(release5.validate().valid());
  }
}
