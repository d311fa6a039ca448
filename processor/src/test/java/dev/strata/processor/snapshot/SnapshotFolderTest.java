package dev.strata.processor.snapshot;

import static dev.strata.processor.snapshot.SnapshotFixtures.assertInUsersWords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the snapshot folder may hold besides snapshots, and how new snapshots are created. */
class SnapshotFolderTest {

  @TempDir Path folder;

  @Test
  void aBackupBesideTheSnapshotsIsReportedNotIgnored() throws Exception {
    StoredSnapshot written = new SnapshotStore(folder).write(SnapshotFixtures.first());
    for (String name : List.of(written.file().getFileName() + ".bak", "0002-abcdef01.JSON")) {
      Path stray = Files.copy(written.file(), folder.resolve(name));

      SnapshotException error =
          assertThrows(SnapshotException.class, new SnapshotStore(folder)::read);

      assertEquals(stray, error.file());
      assertTrue(error.getMessage().contains("move it out of the folder"), error.getMessage());
      Files.delete(stray);
    }
  }

  @Test
  void hiddenFilesAndFoldersAreNotTheUsersSnapshots() throws Exception {
    new SnapshotStore(folder).write(SnapshotFixtures.first());
    Files.writeString(folder.resolve(".gitkeep"), "");
    Files.createDirectory(folder.resolve("old"));

    assertEquals(1, new SnapshotStore(folder).read().newestVersion());
  }

  @Test
  void aVersionBeyondAnIntInTheNameIsACleanError() throws Exception {
    Path huge = Files.writeString(folder.resolve("2147483648-00000000.json"), "{}");

    SnapshotException error =
        assertThrows(SnapshotException.class, new SnapshotStore(folder)::read);

    assertEquals(huge, error.file());
    assertTrue(error.getMessage().contains("claims version 2147483648"), error.getMessage());
    assertInUsersWords(error.getMessage());
  }

  @Test
  void versionsAreReadInNumberOrderNotNameOrder() throws Exception {
    SnapshotStore store = new SnapshotStore(folder);
    StoredSnapshot previous = store.write(SnapshotFixtures.first());
    for (int version = 2; version <= 3; version++) {
      previous =
          store.write(
              SnapshotFixtures.next(previous, SnapshotFixtures.view("v", "SELECT " + version)));
    }
    Path third = previous.file();
    // a five-digit name sorts before a four-digit one as text
    Path renamed = third.resolveSibling("0" + third.getFileName());

    Files.move(third, renamed);

    assertEquals(3, store.read().newestVersion());
  }

  @Test
  void aNewSnapshotIsReadableLikeAnyFileCreatedInTheFolder() throws Exception {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    StoredSnapshot written = new SnapshotStore(folder).write(SnapshotFixtures.first());
    Path ordinary = Files.createFile(folder.resolve(".ordinary"));

    assertEquals(
        Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(written.file()));
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws Exception {
    new SnapshotStore(folder).write(SnapshotFixtures.first());

    try (var files = Files.list(folder)) {
      assertEquals(1, files.count());
    }
  }
}
