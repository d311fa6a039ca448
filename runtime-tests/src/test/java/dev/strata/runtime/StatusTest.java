package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusTest {

  private final TestDatabase database = TestDatabase.withUsers();

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void statusListsAppliedAndPendingWithDescriptions() {
    strata(FakeSource.of("main", List.of(UserViews.V1, UserViews.V2))).upgrade();

    StatusReport report = strata(UserViews.source()).status();

    assertEquals(
        List.of(
            "1 Create active_users APPLIED",
            "2 Replace active_users APPLIED",
            "3 Create active_countries PENDING"),
        report.migrations().stream()
            .map(m -> m.version() + " " + m.description() + " " + m.state())
            .toList());
    assertEquals(List.of(1, 2), report.applied().stream().map(MigrationInfo::version).toList());
    assertEquals(List.of(3), report.pending().stream().map(MigrationInfo::version).toList());
    assertEquals(2, report.currentVersion("main"));
    assertNotNull(report.migrations().get(0).appliedAt());
    assertNull(report.migrations().get(2).appliedAt());
    assertNull(report.migrations().get(2).executionMillis());
  }

  @Test
  void statusOfAFreshDatabaseIsAllPendingAndCreatesNoTable() {
    StatusReport report = strata(UserViews.source()).status();

    assertEquals(3, report.pending().size());
    assertEquals(0, report.currentVersion("main"));
    assertFalse(database.tableExists("STRATA_SCHEMA_HISTORY"));
  }

  @Test
  void statusLoadsNoMigrationClass() {
    strata(FakeSource.of("main", List.of(UserViews.V1))).upgrade();
    FakeSource source = UserViews.source();

    strata(source).status();

    assertEquals(List.of(), source.loaded());
  }

  @Test
  void statusShowsMigrationsAppliedButMissingFromTheCode() {
    strata(UserViews.source()).upgrade();

    StatusReport report = strata(FakeSource.of("main", List.of(UserViews.V1))).status();

    assertEquals(
        List.of(MigrationState.APPLIED, MigrationState.MISSING, MigrationState.MISSING),
        report.migrations().stream().map(MigrationInfo::state).toList());
    assertEquals("Create active_countries", report.migrations().get(2).description());
    assertEquals(report.migrations().subList(1, 3), report.missing());
    assertEquals(3, report.currentVersion("main"));
  }

  @Test
  void statusRendersAReadableTable() {
    strata(FakeSource.of("main", List.of(UserViews.V1))).upgrade();

    String table = strata(UserViews.source()).status().toString();

    List<String> lines = table.lines().toList();
    assertEquals(4, lines.size(), table);
    assertTrue(lines.get(0).startsWith("SET   VERSION  DESCRIPTION "), table);
    assertTrue(
        lines.get(1).matches("main  1        Create active_users +APPLIED  \\d{4}-.*"), table);
    assertTrue(lines.get(3).matches("main  3        Create active_countries  PENDING"), table);
  }

  @Test
  void aMigrationEditedAfterItWasAppliedIsChangedNotApplied() {
    strata(FakeSource.of("main", List.of(UserViews.V1))).upgrade();

    StatusReport report =
        strata(FakeSource.of("main", List.of(UserViews.V1.withChecksum("edited")))).status();

    assertEquals(MigrationState.CHANGED, report.migrations().get(0).state());
    assertEquals(List.of(1), report.applied().stream().map(MigrationInfo::version).toList());
    assertEquals(
        List.of(1), report.needingAttention().stream().map(MigrationInfo::version).toList());
  }

  private Strata strata(MigrationSource source) {
    return Strata.configure(database.dataSource()).sources(source).load();
  }
}
