package dev.strata.processor.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
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
    settle(written.file());
    Map<String, SnapshotFileFacts> known = known(store.read());
    UnseenEdit.overwriteKeepingSizeAndTime(written.file());

    SnapshotHistory history = store.read(known);

    assertEquals(SnapshotHeader.of(SnapshotFixtures.first()), history.stored().get(0).header());
    assertEquals(1, history.newestVersion());
    // only now is the file opened, and its new bytes refused
    assertThrows(UnreadableSnapshotException.class, history::newestSchema);
  }

  @Test
  void aFileChangedInTheClockTickOfItsReadIsHashedAgainDespiteItsSizeAndTime() throws Exception {
    SnapshotStore store = new SnapshotStore(folder);
    StoredSnapshot written = store.write(SnapshotFixtures.first());
    settle(written.file());
    SnapshotFileFacts facts = known(store.read()).values().iterator().next();
    // read in the same tick of the file system's clock as the file's last write
    Map<String, SnapshotFileFacts> known = Map.of(facts.name(), readAt(facts, facts.modified()));
    UnseenEdit.overwriteKeepingSizeAndTime(written.file());

    SnapshotException refused = assertThrows(SnapshotException.class, () -> store.read(known));

    assertEquals(written.file(), refused.file());
  }

  @Test
  void sizeAndTimeVouchForTheTextOnlyWhenTheTimeWasSettledAtTheRead() {
    SnapshotHeader header = SnapshotHeader.of(SnapshotFixtures.first());
    long modified = 1_700_000_000_000_000_000L;
    long second = 1_000_000_000L;

    SnapshotFileFacts settled =
        new SnapshotFileFacts(
            "0001-1f2e3d4c.json", 100, modified, "ab", header, modified + 3 * second);
    SnapshotFileFacts racy =
        new SnapshotFileFacts("0001-1f2e3d4c.json", 100, modified, "ab", header, modified + second);

    assertTrue(settled.vouchFor(100, modified));
    assertFalse(settled.vouchFor(101, modified));
    assertFalse(settled.vouchFor(100, modified + 1));
    assertFalse(racy.vouchFor(100, modified));
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

  /** Gives the file the time of a checkout an hour ago, long settled when a build reads it. */
  private static void settle(Path file) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
  }

  private static SnapshotFileFacts readAt(SnapshotFileFacts facts, long read) {
    return new SnapshotFileFacts(
        facts.name(), facts.size(), facts.modified(), facts.sha256(), facts.header(), read);
  }
}
