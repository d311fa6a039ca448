package dev.strata.processor.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing the snapshot chain, without a compiler. */
class SnapshotStoreTest {

  @TempDir Path folder;

  @Test
  void aMissingFolderIsAnEmptyHistory() throws SnapshotException {
    SnapshotHistory history = new SnapshotStore(folder.resolve("absent")).read();

    assertTrue(history.isEmpty());
    assertEquals(Schema.EMPTY, history.newestSchema());
  }

  @Test
  void writtenSnapshotsReadBackEqual() throws SnapshotException {
    SnapshotStore store = new SnapshotStore(folder);
    Snapshot first = snapshot(1, view("b", "SELECT 2"), view("a", "SELECT 'x\ny'"));
    Snapshot second = snapshot(2, view("a", "SELECT 1"));

    store.write(first);
    store.write(second);

    assertEquals(List.of(first, second), store.read().snapshots());
  }

  @Test
  void encodingIsSortedWithLfLineEndsAndATrailingNewline() throws Exception {
    Path written =
        new SnapshotStore(folder).write(snapshot(1, view("b", "SELECT 2"), view("a", "SELECT 1")));

    String text = Files.readString(written, StandardCharsets.UTF_8);
    assertTrue(text.indexOf("\"name\": \"a\"") < text.indexOf("\"name\": \"b\""));
    assertTrue(text.endsWith("}\n"));
    assertTrue(!text.contains("\r"));
    assertArrayEquals(
        new SnapshotCodec()
            .encode(snapshot(1, view("a", "SELECT 1"), view("b", "SELECT 2")))
            .getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(written));
  }

  @Test
  void anExistingSnapshotIsNeverOverwritten() throws Exception {
    SnapshotStore store = new SnapshotStore(folder);
    store.write(snapshot(1, view("a", "SELECT 1")));
    byte[] before = Files.readAllBytes(folder.resolve("0001.json"));

    SnapshotException error =
        assertThrows(
            SnapshotException.class, () -> store.write(snapshot(1, view("a", "SELECT 9"))));

    assertTrue(error.getMessage().contains("never overwrites"));
    assertArrayEquals(before, Files.readAllBytes(folder.resolve("0001.json")));
  }

  @Test
  void aFileWhoseNameAndVersionDisagreeIsRefused() throws Exception {
    SnapshotStore store = new SnapshotStore(folder);
    store.write(snapshot(1, view("a", "SELECT 1")));
    Files.move(folder.resolve("0001.json"), folder.resolve("0002.json"));

    SnapshotException error = assertThrows(SnapshotException.class, store::read);

    assertEquals(folder.resolve("0002.json"), error.file());
  }

  @Test
  void aJsonFileThatIsNotASnapshotNameIsRefused() throws Exception {
    Files.writeString(folder.resolve("notes.json"), "{}");

    SnapshotException error =
        assertThrows(SnapshotException.class, new SnapshotStore(folder)::read);

    assertTrue(error.getMessage().contains("not a snapshot name"));
  }

  private static Snapshot snapshot(int version, ViewDefinition... views) {
    return new Snapshot(version, "main", new Schema(List.of(views)));
  }

  private static ViewDefinition view(String name, String sql) {
    return new ViewDefinition(name, sql, "com.example.View");
  }
}
