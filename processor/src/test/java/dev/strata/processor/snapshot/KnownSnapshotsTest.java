package dev.strata.processor.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the chain with what an earlier build learnt: an unchanged file is decoded only when its
 * schema is asked for, and a file with other content is read and checked as always.
 */
class KnownSnapshotsTest {

  @TempDir Path folder;

  @Test
  void aFileWithTheKnownSizeAndTimeIsDecodedOnlyWhenItsSchemaIsNeeded() throws Exception {
    SnapshotStore store = new SnapshotStore(folder);
    StoredSnapshot written = store.write(SnapshotFixtures.first());
    Map<String, SnapshotFileFacts> known = known(store.read());
    overwriteKeepingSizeAndTime(written.file());

    SnapshotHistory history = store.read(known);

    assertEquals(SnapshotHeader.of(SnapshotFixtures.first()), history.stored().get(0).header());
    assertEquals(1, history.newestVersion());
    // only now is the file opened, and its new bytes refused
    assertThrows(UnreadableSnapshotException.class, history::newestSchema);
  }

  @Test
  void aFileWithTheKnownTextButANewTimeIsNotDecodedAgain() throws Exception {
    SnapshotStore store = new SnapshotStore(folder);
    StoredSnapshot written = store.write(SnapshotFixtures.first());
    Map<String, SnapshotFileFacts> known = known(store.read());
    Files.setLastModifiedTime(written.file(), FileTime.fromMillis(0));

    SnapshotHistory history = store.read(known);

    SnapshotFileFacts facts = history.stored().get(0).facts().orElseThrow();
    assertEquals(known.get(facts.name()).sha256(), facts.sha256());
    assertEquals(0, facts.modified());
    assertEquals(SnapshotFixtures.first().schema(), history.newestSchema());
  }

  @Test
  void aFileEditedUnderItsNameIsReadAndRefusedDespiteWhatWasKnown() throws Exception {
    SnapshotStore store = new SnapshotStore(folder);
    StoredSnapshot written = store.write(SnapshotFixtures.first());
    Map<String, SnapshotFileFacts> known = known(store.read());
    Files.writeString(
        written.file(), Files.readString(written.file()).replace("customers", "clients"));

    SnapshotException refused = assertThrows(SnapshotException.class, () -> store.read(known));

    assertEquals(written.file(), refused.file());
    assertTrue(refused.getMessage().contains("edited"), refused.getMessage());
  }

  private static Map<String, SnapshotFileFacts> known(SnapshotHistory history) {
    return Map.of(
        history.stored().get(0).file().getFileName().toString(),
        history.stored().get(0).facts().orElseThrow());
  }

  private static void overwriteKeepingSizeAndTime(Path file) throws IOException {
    FileTime modified = Files.getLastModifiedTime(file);
    byte[] garbage = new byte[(int) Files.size(file)];
    Arrays.fill(garbage, (byte) '#');
    Files.write(file, garbage);
    Files.setLastModifiedTime(file, modified);
  }
}
