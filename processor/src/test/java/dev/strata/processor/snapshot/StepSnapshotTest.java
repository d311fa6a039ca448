package dev.strata.processor.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.StepDefinition;
import dev.strata.processor.model.StepPosition;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written steps a snapshot records: written only when there are some, read strictly. */
class StepSnapshotTest {

  private static final StepDefinition BACKFILL =
      new StepDefinition("com.example.Backfill", StepPosition.AFTER_GENERATED);
  private static final StepDefinition ARCHIVE =
      new StepDefinition("com.example.Archive", StepPosition.BEFORE_GENERATED);

  @TempDir Path folder;

  private final SnapshotCodec codec = new SnapshotCodec();

  @Test
  void stepsAreWrittenLastSortedByClassAndReadBackEqual() {
    Snapshot snapshot = withSteps(SnapshotFixtures.first(), List.of(BACKFILL, ARCHIVE));

    String text = codec.encode(snapshot);

    assertTrue(
        text.endsWith(
            "  \"steps\": [\n"
                + "    {\n"
                + "      \"class\": \"com.example.Archive\",\n"
                + "      \"runs\": \"BEFORE_GENERATED\"\n"
                + "    },\n"
                + "    {\n"
                + "      \"class\": \"com.example.Backfill\",\n"
                + "      \"runs\": \"AFTER_GENERATED\"\n"
                + "    }\n"
                + "  ]\n"
                + "}\n"),
        text);
    assertEquals(snapshot, codec.decode(text));
  }

  @Test
  void aSnapshotWithoutStepsIsWrittenAsBefore() {
    String text = codec.encode(SnapshotFixtures.first());

    assertFalse(text.contains("steps"), text);
    assertEquals(List.of(), codec.decode(text).steps());
  }

  @Test
  void anUnknownPlaceIsRefusedInTheUsersWords() {
    String text =
        codec
            .encode(withSteps(SnapshotFixtures.first(), List.of(BACKFILL)))
            .replace("AFTER_GENERATED", "SOMETIMES");

    MalformedSnapshotException e =
        assertThrows(MalformedSnapshotException.class, () -> codec.decode(text));

    assertTrue(
        e.getMessage().contains("is 'SOMETIMES', which is neither BEFORE_GENERATED nor"),
        e.getMessage());
  }

  @Test
  void aStepRecordedInTwoVersionsIsRefused() throws SnapshotException {
    SnapshotStore store = new SnapshotStore(folder);
    StoredSnapshot first = store.write(withSteps(SnapshotFixtures.first(), List.of(BACKFILL)));
    Snapshot next = SnapshotFixtures.next(first, SnapshotFixtures.view("a", "SELECT 1"));
    store.write(withSteps(next, List.of(BACKFILL)));

    SnapshotException e = assertThrows(SnapshotException.class, store::read);

    assertTrue(
        e.getMessage()
            .startsWith(
                "Step com.example.Backfill is recorded in version 1 and again in version 2"),
        e.getMessage());
  }

  private static Snapshot withSteps(Snapshot snapshot, List<StepDefinition> steps) {
    return new Snapshot(
        snapshot.version(), snapshot.set(), snapshot.parent(), snapshot.schema(), steps);
  }
}
