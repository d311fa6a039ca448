package dev.strata.processor.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.ViewDefinitions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing the snapshot chain, without a compiler. */
class SnapshotStoreTest {

  @TempDir Path folder;
  @TempDir Path otherBranch;

  @Test
  void aMissingFolderIsAnEmptyHistory() throws SnapshotException {
    SnapshotHistory history = new SnapshotStore(folder.resolve("absent")).read();

    assertTrue(history.isEmpty());
    assertEquals(Schema.EMPTY, history.newestSchema());
  }

  @Test
  void writtenSnapshotsReadBackEqualAndChained() throws SnapshotException {
    SnapshotStore store = new SnapshotStore(folder);
    StoredSnapshot first = store.write(first(view("b", "SELECT 2"), view("a", "SELECT 'x\ny'")));
    StoredSnapshot second = store.write(next(first, view("a", "SELECT 1")));

    SnapshotHistory history = store.read();

    assertEquals(List.of(first.snapshot(), second.snapshot()), history.snapshots());
    assertEquals(Optional.of(first.id()), second.snapshot().parent());
    assertTrue(first.file().getFileName().toString().matches("0001-[0-9a-f]{8}\\.json"));
  }

  @Test
  void encodingIsSortedWithLfLineEndsAndATrailingNewline() throws Exception {
    StoredSnapshot written =
        new SnapshotStore(folder).write(first(view("b", "SELECT 2"), view("a", "SELECT 1")));

    String text = Files.readString(written.file(), StandardCharsets.UTF_8);
    assertTrue(text.indexOf("\"name\": \"a\"") < text.indexOf("\"name\": \"b\""));
    assertTrue(text.endsWith("}\n"));
    assertFalse(text.contains("\r"));
    assertArrayEquals(
        new SnapshotCodec()
            .encode(first(view("a", "SELECT 1"), view("b", "SELECT 2")))
            .getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(written.file()));
  }

  @Test
  void anExistingVersionIsNeverOverwritten() throws Exception {
    SnapshotStore store = new SnapshotStore(folder);
    StoredSnapshot written = store.write(first(view("a", "SELECT 1")));
    byte[] before = Files.readAllBytes(written.file());

    SnapshotException error =
        assertThrows(SnapshotException.class, () -> store.write(first(view("a", "SELECT 9"))));

    assertTrue(error.getMessage().contains("never overwrites"));
    assertArrayEquals(before, Files.readAllBytes(written.file()));
  }

  @Test
  void aPreparedSnapshotIsWrittenAsPreparedAndOnlyWhenWritten() throws Exception {
    SnapshotStore store = new SnapshotStore(folder);
    Snapshot snapshot = first(view("a", "SELECT 1"), view("b", "SELECT 'caf\u00e9 \ud83d\ude00'"));

    StoredSnapshot prepared = store.prepare(snapshot);
    assertFalse(Files.exists(prepared.file()));
    StoredSnapshot written = store.write(prepared);

    assertEquals(prepared.file(), written.file());
    assertArrayEquals(
        new SnapshotCodec().encode(snapshot).getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(written.file()));
    assertEquals(List.of(snapshot), new SnapshotStore(folder).read().snapshots());
  }

  @Test
  void aVersionWrittenBetweenPreparingAndWritingIsNeverOverwritten() throws Exception {
    StoredSnapshot prepared = new SnapshotStore(folder).prepare(first(view("a", "SELECT 1")));
    StoredSnapshot theirs = new SnapshotStore(folder).write(first(view("a", "SELECT 9")));
    byte[] before = Files.readAllBytes(theirs.file());

    SnapshotException error =
        assertThrows(SnapshotException.class, () -> new SnapshotStore(folder).write(prepared));

    assertTrue(error.getMessage().contains("never overwrites"), error.getMessage());
    assertArrayEquals(before, Files.readAllBytes(theirs.file()));
    assertFalse(Files.exists(prepared.file()));
  }

  @Test
  void aLoneSurrogateInAQueryIsRefusedBeforeAnythingIsWritten() throws Exception {
    SnapshotStore store = new SnapshotStore(folder);

    for (String sql : List.of("SELECT '\ud800'", "SELECT 'a\udc00b'", "SELECT 'x\ud83d'")) {
      SnapshotException error =
          assertThrows(SnapshotException.class, () -> store.prepare(first(view("a", sql))), sql);

      assertTrue(error.getMessage().contains("lone surrogate"), error.getMessage());
    }
    try (var files = Files.list(folder)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void aSnapshotEditedByHandIsRefusedByName() throws Exception {
    StoredSnapshot written = new SnapshotStore(folder).write(first(view("a", "SELECT 1")));
    Files.writeString(
        written.file(), Files.readString(written.file()).replace("SELECT 1", "SELECT 2"));

    SnapshotException error =
        assertThrows(SnapshotException.class, new SnapshotStore(folder)::read);

    assertEquals(written.file(), error.file());
    assertTrue(error.getMessage().contains("edited after Strata wrote it"), error.getMessage());
  }

  @Test
  void crlfLineEndsFromACheckoutAreNotAnEdit() throws Exception {
    StoredSnapshot written = new SnapshotStore(folder).write(first(view("a", "SELECT 1")));
    Files.writeString(written.file(), Files.readString(written.file()).replace("\n", "\r\n"));

    assertEquals(1, new SnapshotStore(folder).read().newestVersion());
  }

  @Test
  void twoBranchesThatEachAddedAVersionAreReportedWithTheWayOut() throws Exception {
    SnapshotStore store = new SnapshotStore(folder);
    StoredSnapshot base = store.write(first(view("a", "SELECT 1")));
    store.write(next(base, view("a", "SELECT 1"), view("b", "SELECT 2")));
    Files.copy(base.file(), otherBranch.resolve(base.file().getFileName()));
    StoredSnapshot theirs =
        new SnapshotStore(otherBranch)
            .write(next(base, view("a", "SELECT 1"), view("c", "SELECT 3")));
    Files.copy(theirs.file(), folder.resolve(theirs.file().getFileName()));

    SnapshotException error = assertThrows(SnapshotException.class, store::read);

    assertTrue(error.getMessage().contains("both claim version 2"), error.getMessage());
    assertTrue(error.getMessage().contains("two branches"), error.getMessage());
    assertTrue(error.getMessage().contains("delete the other"), error.getMessage());
  }

  @Test
  void aSnapshotWhoseParentIsNotTheVersionBeforeItIsRefused() throws Exception {
    SnapshotStore store = new SnapshotStore(folder);
    StoredSnapshot base = store.write(first(view("a", "SELECT 1")));
    StoredSnapshot ours = store.write(next(base, view("b", "SELECT 2")));
    Files.copy(base.file(), otherBranch.resolve(base.file().getFileName()));
    SnapshotStore other = new SnapshotStore(otherBranch);
    StoredSnapshot theirs = other.write(next(base, view("c", "SELECT 3")));
    StoredSnapshot theirsNext = other.write(next(theirs, view("d", "SELECT 4")));
    Files.copy(theirsNext.file(), folder.resolve(theirsNext.file().getFileName()));

    SnapshotException error = assertThrows(SnapshotException.class, store::read);

    assertEquals(folder.resolve(theirsNext.file().getFileName()), error.file());
    assertTrue(error.getMessage().contains("the snapshot before it is " + ours.id()));
  }

  @Test
  void aGapInTheNumberingIsRefused() throws Exception {
    SnapshotStore store = new SnapshotStore(folder);
    StoredSnapshot base = store.write(first(view("a", "SELECT 1")));
    StoredSnapshot second = store.write(next(base, view("a", "SELECT 2")));
    store.write(next(second, view("a", "SELECT 3")));
    Files.delete(second.file());

    SnapshotException error = assertThrows(SnapshotException.class, store::read);

    assertTrue(error.getMessage().contains("snapshot 0002 is missing before it"));
  }

  @Test
  void aViewWhoseJsonDidNotChangeIsOneInstanceAcrossTheChain() throws SnapshotException {
    SnapshotStore writer = new SnapshotStore(folder);
    StoredSnapshot first = writer.write(first(view("a", "SELECT 1"), view("b", "SELECT 2")));
    StoredSnapshot second = writer.write(next(first, view("a", "SELECT 1"), view("b", "SELECT 3")));
    writer.write(next(second, view("a", "SELECT 1"), view("b", "SELECT 2")));

    SnapshotHistory history = new SnapshotStore(folder).read();

    ViewDefinition a = history.schemaAt(1).view("a").orElseThrow();
    assertSame(a, history.schemaAt(2).view("a").orElseThrow());
    assertSame(a, history.schemaAt(3).view("a").orElseThrow());
    ViewDefinition b = history.schemaAt(1).view("b").orElseThrow();
    ViewDefinition changed = history.schemaAt(2).view("b").orElseThrow();
    assertNotSame(b, changed);
    assertEquals("SELECT 3", changed.sql());
    // back to its first text two versions later: equal JSON, so the instance decoded first
    assertSame(b, history.schemaAt(3).view("b").orElseThrow());
  }

  @Test
  void aViewDamagedInALaterFileIsRefusedThoughAnEarlierFileHasItIntact() throws Exception {
    SnapshotStore writer = new SnapshotStore(folder);
    StoredSnapshot first = writer.write(first(view("a", "SELECT 1")));
    StoredSnapshot second = writer.write(next(first, view("a", "SELECT 1"), view("b", "SELECT 2")));
    String text = Files.readString(second.file(), StandardCharsets.UTF_8);
    SnapshotFixtures.rewriteAndRename(
        second.file(),
        text.replaceFirst("\"declaredBy\": \"com.example.View\"", "\"declaredBy\": 5"));

    SnapshotException error =
        assertThrows(SnapshotException.class, new SnapshotStore(folder)::read);

    assertTrue(
        error.getMessage().contains("\"views[0].declaredBy\" is the number 5, not a string"),
        error.getMessage());
    assertTrue(error.file().getFileName().toString().startsWith("0002-"), error.file().toString());
  }

  @Test
  void sharedViewsDecodeAsEachFileAloneWould() throws Exception {
    SnapshotStore writer = new SnapshotStore(folder);
    StoredSnapshot first = writer.write(first(view("a", "SELECT 1"), view("b", "SELECT 2")));
    writer.write(next(first, view("a", "SELECT 1"), view("c", "SELECT 4")));

    SnapshotHistory history = new SnapshotStore(folder).read();

    for (StoredSnapshot stored : history.stored()) {
      Snapshot alone = new SnapshotCodec().decode(Files.readString(stored.file()));
      assertEquals(alone, stored.snapshot());
    }
  }

  @Test
  void aJsonFileThatIsNotASnapshotNameIsRefused() throws Exception {
    Files.writeString(folder.resolve("notes.json"), "{}");

    SnapshotException error =
        assertThrows(SnapshotException.class, new SnapshotStore(folder)::read);

    assertTrue(error.getMessage().contains("not a snapshot name"));
  }

  private static Snapshot first(ViewDefinition... views) {
    return new Snapshot(1, "main", Optional.empty(), new Schema(List.of(views)));
  }

  private static Snapshot next(StoredSnapshot parent, ViewDefinition... views) {
    return new Snapshot(
        parent.snapshot().version() + 1,
        "main",
        Optional.of(parent.id()),
        new Schema(List.of(views)));
  }

  private static ViewDefinition view(String name, String sql) {
    return new ViewDefinitions().define(name, sql, "com.example.View");
  }
}
