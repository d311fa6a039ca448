package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.ValidationProblem.Kind;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ValidateTest {

  private final TestDatabase database = TestDatabase.withUsers();

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void pendingMigrationsAreNoProblemAndNothingIsCreated() {
    ValidationReport report = strata(UserViews.source()).validate();

    assertTrue(report.valid());
    assertEquals(0, report.applied());
    assertEquals(3, report.pending());
    assertFalse(database.tableExists("STRATA_SCHEMA_HISTORY"));
  }

  @Test
  void reportsEveryProblemAtOnce() {
    strata(UserViews.source()).upgrade();
    FakeSource older = FakeSource.of("main", List.of(UserViews.V1.withChecksum("edited")));

    ValidationException e = assertThrows(ValidationException.class, () -> strata(older).validate());

    ValidationReport report = e.report();
    assertEquals(
        List.of(Kind.MISSING_FROM_CODE, Kind.CHECKSUM_MISMATCH),
        report.problems().stream().map(ValidationProblem::kind).toList());
    assertEquals(2, report.problems().get(0).version());
    assertTrue(
        e.getMessage().contains("is not the history this database was migrated with"),
        e::getMessage);
    assertTrue(e.getMessage().contains("was applied with checksum checksum-1"), e::getMessage);
  }

  private Strata strata(MigrationSource source) {
    return Strata.configure(database.dataSource()).sources(source).load();
  }
}
