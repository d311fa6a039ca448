package dev.strata.runtime.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.source.MigrationSet;
import dev.strata.runtime.testing.FakeSource;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MigrationPlannerTest {

  private static final MigrationSet THREE = set(3);
  private static final Dialect H2 = Dialects.of(DatabaseKind.H2);

  @Test
  void pendingIsEverythingAboveTheLastAppliedVersion() {
    assertEquals(List.of(2, 3), versions(MigrationPlanner.pending(THREE, rows(1), H2)));
    assertEquals(List.of(1, 2, 3), versions(MigrationPlanner.pending(THREE, rows(0), H2)));
    assertEquals(List.of(), MigrationPlanner.pending(THREE, rows(3), H2));
  }

  @Test
  void toRevertListsTheVersionsAboveTheTargetHighestFirst() {
    assertEquals(List.of(3, 2), versions(MigrationPlanner.toRevert(THREE, rows(3), 1, H2)));
    assertEquals(List.of(2, 1), versions(MigrationPlanner.toRevert(THREE, rows(2), 0, H2)));
    assertEquals(List.of(), MigrationPlanner.toRevert(THREE, rows(2), 2, H2));
    assertEquals(List.of(), MigrationPlanner.toRevert(THREE, rows(2), 5, H2));
  }

  @Test
  void historyBeyondAnEmptySetSaysTheCodeKnowsNoMigration() {
    StrataException e =
        assertThrows(StrataException.class, () -> MigrationPlanner.pending(set(0), rows(1), H2));

    assertTrue(e.getMessage().contains("knows no migration of set main"), e::getMessage);
    assertTrue(e.getMessage().contains("downgrade(\"main\", 0)"), e::getMessage);
  }

  @Test
  void historyWithAGapIsRefused() {
    List<HistoryRow> rows = List.of(row(1, "checksum-1"), row(3, "checksum-3"));

    StrataException e =
        assertThrows(StrataException.class, () -> MigrationPlanner.pending(THREE, rows, H2));

    assertTrue(e.getMessage().contains("has version 3 but not version 2"), e::getMessage);
  }

  @Test
  void checksumMismatchNamesTheVersionAndWhatToDo() {
    List<HistoryRow> rows =
        List.of(row(1, "checksum-1"), row(2, "old-checksum"), row(3, "checksum-3"));

    StrataException e =
        assertThrows(StrataException.class, () -> MigrationPlanner.pending(THREE, rows, H2));

    assertEquals(
        "Migration V0002 \"Step 2\" of set main was applied with checksum old-checksum, but the"
            + " code has checksum checksum-2: its snapshot changed after it was applied. Restore"
            + " the snapshot files of version 2 as they were when it was applied, or downgrade the"
            + " database below version 2 with the code that applied it before changing history."
            + " If it runs hand-written steps, a raised revision of one of them is such a change:"
            + " put the old revision back and do the new work in a step of a new version.",
        e.getMessage());
  }

  private static MigrationSet set(int size) {
    List<MigrationDescriptor> migrations =
        IntStream.rangeClosed(1, size)
            .mapToObj(v -> new MigrationDescriptor(v, "Step " + v, "checksum-" + v))
            .toList();
    return new MigrationSet("main", new FakeSource("main", List.of(), migrations), migrations);
  }

  private static List<HistoryRow> rows(int applied) {
    return IntStream.rangeClosed(1, applied).mapToObj(v -> row(v, "checksum-" + v)).toList();
  }

  private static HistoryRow row(int version, String checksum) {
    return HistoryRow.applied("main", version, "Step " + version, checksum, "sa", Instant.EPOCH, 1);
  }

  private static List<Integer> versions(List<MigrationDescriptor> descriptors) {
    return descriptors.stream().map(MigrationDescriptor::version).toList();
  }
}
