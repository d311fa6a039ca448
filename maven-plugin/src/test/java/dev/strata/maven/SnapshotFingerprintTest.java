package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change a user makes to the snapshot folder changes its fingerprint; nothing else does. */
class SnapshotFingerprintTest {

  @TempDir Path folder;
  private String before;

  @BeforeEach
  void twoSnapshots() throws Exception {
    Files.writeString(folder.resolve("0001-aaaa.json"), "{\"version\": 1}\n");
    Files.writeString(folder.resolve("0002-bbbb.json"), "{\"version\": 2}\n");
    before = SnapshotFingerprint.of(folder);
  }

  @Test
  void anUntouchedFolderKeepsItsFingerprint() throws Exception {
    // a checkout or a copy changes the times, not the content
    Files.setLastModifiedTime(folder.resolve("0001-aaaa.json"), FileTime.fromMillis(0));

    assertEquals(before, SnapshotFingerprint.of(folder));
  }

  @Test
  void deletingASnapshotChangesIt() throws Exception {
    Files.delete(folder.resolve("0002-bbbb.json"));

    assertNotEquals(before, SnapshotFingerprint.of(folder));
  }

  @Test
  void editingASnapshotChangesIt() throws Exception {
    Files.writeString(folder.resolve("0002-bbbb.json"), "{\"version\": 2, \"edited\": true}\n");

    assertNotEquals(before, SnapshotFingerprint.of(folder));
  }

  @Test
  void renamingASnapshotChangesIt() throws Exception {
    Files.move(folder.resolve("0002-bbbb.json"), folder.resolve("0002-cccc.json"));

    assertNotEquals(before, SnapshotFingerprint.of(folder));
  }

  @Test
  void anAbsentFolderHasTheEmptyFingerprint() throws Exception {
    assertEquals("", SnapshotFingerprint.of(folder.resolve("missing")));
  }
}
