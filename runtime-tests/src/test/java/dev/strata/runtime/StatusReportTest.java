package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusReportTest {

  private static final Instant NOON = Instant.parse("2026-01-05T12:00:00Z");

  @Test
  void sortsMigrationsBySetThenVersion() {
    StatusReport report =
        new StatusReport(
            List.of(pending("reporting", 1), pending("main", 2), applied("main", 1, NOON)));

    assertEquals(
        List.of("main:1", "main:2", "reporting:1"),
        report.migrations().stream().map(m -> m.set() + ":" + m.version()).toList());
  }

  @Test
  void alignsTheColumnsOfItsTable() {
    StatusReport report =
        new StatusReport(List.of(applied("main", 1, NOON), pending("reporting", 12)));

    assertEquals(
        "SET        VERSION  DESCRIPTION  STATE    APPLIED AT\n"
            + "main       1        Step 1       APPLIED  2026-01-05T12:00:00Z\n"
            + "reporting  12       Step 12      PENDING\n",
        report.toString());
  }

  @Test
  void aRunInProgressElsewhereNeedsNoAttentionAndIsNamedBelowTheTable() {
    MigrationInfo running =
        new MigrationInfo("main", 2, "Step 2", "c", MigrationState.RUNNING, NOON, 0L);
    ActiveRun run = new ActiveRun("main", 2, "Step 2", false, "connection 42 (app@db)", NOON);
    StatusReport report =
        new StatusReport(List.of(applied("main", 1, NOON), running), List.of(run));

    assertEquals(List.of(), report.needingAttention());
    assertEquals(List.of(), report.failed());
    assertEquals(1, report.currentVersion("main"));
    assertEquals(
        "SET   VERSION  DESCRIPTION  STATE    APPLIED AT\n"
            + "main  1        Step 1       APPLIED  2026-01-05T12:00:00Z\n"
            + "main  2        Step 2       RUNNING  2026-01-05T12:00:00Z\n"
            + "V0002 \"Step 2\" of set main: being applied by connection 42 (app@db), since"
            + " 2026-01-05T12:00:00Z; upgrades wait for it, nothing to repair.\n",
        report.toString());
  }

  @Test
  void currentVersionIsZeroForASetWithNothingApplied() {
    StatusReport report = new StatusReport(List.of(pending("main", 1)));

    assertEquals(0, report.currentVersion("main"));
    assertEquals(0, report.currentVersion("unknown"));
  }

  @Test
  void migrationInfoRejectsAnAppliedTimeOnAPendingMigration() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new MigrationInfo("main", 1, "d", "c", MigrationState.PENDING, NOON, 1L));
    assertThrows(
        IllegalArgumentException.class,
        () -> new MigrationInfo("main", 1, "d", "c", MigrationState.APPLIED, null, null));
  }

  private static MigrationInfo pending(String set, int version) {
    return new MigrationInfo(
        set, version, "Step " + version, "c", MigrationState.PENDING, null, null);
  }

  private static MigrationInfo applied(String set, int version, Instant at) {
    return new MigrationInfo(set, version, "Step " + version, "c", MigrationState.APPLIED, at, 5L);
  }
}
